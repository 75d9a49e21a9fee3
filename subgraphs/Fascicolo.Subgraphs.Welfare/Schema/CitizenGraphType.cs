using Fascicolo.Subgraphs.Kit;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>
/// The <c>Citizen</c> entity (owned by the registry) as welfare extends it: the key and the social
/// folder. Any valid fiscal code resolves, without a database read; an unknown person's folder is empty.
/// The folder is the citizen's sensitive data; the key is not (the caller gave it).
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<CitizenKey>
{
    /// <summary>Declares the key, the reference resolver and the welfare field.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        this.Key("fiscalCode");
        this.ResolveReference<CitizenReference, CitizenKey>((_, reference) => new CitizenKey(reference.FiscalCode.Value));
        this.DataSubject(c => c.FiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source.FiscalCode);
        Field<SocialFolderGraphType>("socialFolder")
            .Description("The citizen's social folder (cartella sociale): social cases, benefits and ISEE attestations.")
            .Resolve(context => new SocialFolderKey(context.Source.FiscalCode))
            .PersonalData(PersonalDataCategory.Sensitive);
    }
}
