using Fascicolo.Domain.SyntheticCity.Welfare;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>WelfareBenefitType</c> type: an entry of the city's benefit catalogue.</summary>
internal sealed class WelfareBenefitTypeGraphType : ObjectGraphType<BenefitType>
{
    /// <summary>Declares the fields.</summary>
    public WelfareBenefitTypeGraphType()
    {
        Name = "WelfareBenefitType";
        Description = "A kind of benefit the city grants, with the code SIUSS records carry.";
        Field("code", t => t.Code).Description("The benefit code (codice prestazione), e.g. 'M1.01'.");
        Field("name", t => t.Name).Description("The benefit name (denominazione prestazione).");
        Field("isPeriodic", t => t.IsPeriodic).Description("Periodic rather than one-off.");
        Field("isMeansTested", t => t.IsMeansTested).Description("Granted on an ISEE.");
        Field("isService", t => t.Form == BenefitForm.Service).Description("A service whose cost the user may share, rather than money paid to the user.");
        Field<NonNullGraphType<WelfareUserAreaGraphType>>("area").Description("The user area it usually serves.").Resolve(context => context.Source.Area);
    }
}
