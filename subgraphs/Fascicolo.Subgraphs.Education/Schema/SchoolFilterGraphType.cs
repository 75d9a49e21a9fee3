using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>SchoolFilter</c> input of the school search; see <see cref="SchoolFilterInput"/>.</summary>
internal sealed class SchoolFilterGraphType : InputObjectGraphType<SchoolFilterInput>
{
    /// <summary>Declares the criteria.</summary>
    public SchoolFilterGraphType()
    {
        Name = "SchoolFilter";
        Description = "Criteria of the school search; all optional, combined with AND.";
        Field<SchoolOrderGraphType>("order").Description("Schools of this order.");
        Field<SchoolManagementGraphType>("management").Description("Schools run by the state or by the Comune.");
        Field(f => f.MunicipalityCode, nullable: true).Description("Schools in the municipality with this Belfiore code, e.g. 'D969'.");
        Field(f => f.Municipio, nullable: true)
            .Description($"Schools in this municipio of Genova ({SchoolFilterInput.MinMunicipio}-{SchoolFilterInput.MaxMunicipio}).");
    }
}
