using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// Social-service data is a special category of personal data (GDPR art. 9): every type welfare owns
/// that holds a person's record, and each of its fields, is <c>@personalData(category: "sensitive")</c>.
/// Marked where the type is declared, next to the data subject the kit checks the reads against.
/// </summary>
internal static class SensitiveMarks
{
    /// <summary>Marks the type and every field declared so far: call it last in the type's constructor.</summary>
    /// <typeparam name="TSource">The type's source.</typeparam>
    /// <param name="type">The welfare type.</param>
    public static void MarkSensitive<TSource>(this ObjectGraphType<TSource> type)
    {
        type.PersonalData(PersonalDataCategory.Sensitive);
        foreach (var field in type.Fields)
        {
            field.PersonalData(PersonalDataCategory.Sensitive);
        }
    }
}
