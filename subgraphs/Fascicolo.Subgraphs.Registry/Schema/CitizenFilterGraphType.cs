using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>CitizenFilter</c> input of the operator search; see <see cref="CitizenFilterInput"/>.</summary>
internal sealed class CitizenFilterGraphType : InputObjectGraphType<CitizenFilterInput>
{
    /// <summary>Declares the criteria.</summary>
    public CitizenFilterGraphType()
    {
        Name = "CitizenFilter";
        Description = "Criteria of the operator search; all optional, combined with AND.";
        Field(f => f.SurnamePrefix, nullable: true)
            .Description($"The surname starts with this, ignoring case (letters, spaces, apostrophes, hyphens and dots; at most {CitizenFilterInput.MaxNameLength} characters).");
        Field(f => f.GivenName, nullable: true)
            .Description("The given name(s) equal this, ignoring case.");
        Field(f => f.BirthYear, nullable: true)
            .Description("Born in this year.");
        Field(f => f.Municipality, nullable: true)
            .Description("Resident in the municipality with this Belfiore code, e.g. 'D969'.");
        Field(f => f.Municipio, nullable: true)
            .Description($"Resident in this municipio of Genova ({CitizenFilterInput.MinMunicipio}-{CitizenFilterInput.MaxMunicipio}).");
    }
}
