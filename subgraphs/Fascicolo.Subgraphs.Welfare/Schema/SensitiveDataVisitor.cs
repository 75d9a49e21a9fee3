using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// Marks everything welfare serves <c>@personalData(category: "sensitive")</c> (social-service data
/// is a special category, GDPR art. 9): every type welfare owns and each of its fields, and the
/// fields welfare adds to shared types. Left unmarked are what welfare does not own: the root
/// types themselves and federation's fields on them, the key fields of the entities it extends
/// (<c>Citizen.fiscalCode</c>, <c>Household.id</c>), and the kit's shared value types.
/// </summary>
internal sealed class SensitiveDataVisitor : BaseSchemaNodeVisitor
{
    // Types welfare only contributes fields to, with the key fields it must leave to their owner.
    private static readonly Dictionary<string, string[]> SharedTypes = new(StringComparer.Ordinal)
    {
        ["Query"] = ["_service", "_entities"],
        ["Mutation"] = [],
        ["Citizen"] = ["fiscalCode"],
        ["Household"] = ["id"],
    };

    // The kit's value types, identical in every subgraph, and federation's own.
    private static readonly HashSet<string> NotWelfares = new(StringComparer.Ordinal) { "Money", "PageInfo", "_Service" };

    /// <inheritdoc/>
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (NotWelfares.Contains(type.Name) || type.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }
        var skipped = SharedTypes.GetValueOrDefault(type.Name);
        if (skipped is null)
        {
            type.PersonalData(PersonalDataCategory.Sensitive);
        }
        foreach (var field in type.Fields.Where(f => skipped is null || !skipped.Contains(f.Name)))
        {
            field.PersonalData(PersonalDataCategory.Sensitive);
        }
    }
}
