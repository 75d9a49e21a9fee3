using Fascicolo.Domain.SyntheticCity.Education;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SpecialDietKind</c> enum.</summary>
internal sealed class SpecialDietKindGraphType : EnumerationGraphType<SpecialDietKind>
{
    /// <summary>Names the enum.</summary>
    public SpecialDietKindGraphType()
    {
        Name = "SpecialDietKind";
        Description = "Why a child eats a special diet: medical (with a certificate), religious or ethical.";
    }
}
