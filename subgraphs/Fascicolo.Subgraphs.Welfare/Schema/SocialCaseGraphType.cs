using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialCase</c> entity, owned by welfare and keyed by id: the sensitive data of the person it is about.</summary>
internal sealed class SocialCaseGraphType : ObjectGraphType<SocialCaseRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public SocialCaseGraphType()
    {
        Name = "SocialCase";
        Description = "A social case (cartella sociale) of one person, followed by an office and a social worker.";
        this.Key("id");
        this.ResolveReference<SocialCaseReference, SocialCaseRecord>((context, reference) => SocialCases.ById.Load(context, reference.Id)!);
        this.DataSubject(c => c.FiscalCode);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The case id, e.g. 'SC-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<CitizenGraphType>>("person")
            .Description("The person the case is about.")
            .Resolve(context => new CitizenKey(context.Source.FiscalCode));
        Field<HouseholdGraphType>("household")
            .Description("The person's household when the case was opened, if recorded.")
            .Resolve(context => context.Source.HouseholdId is { } id ? new HouseholdKey(id) : null);
        Field<NonNullGraphType<SocialOfficeGraphType>>("office")
            .Description("The responsible office: a social district (ATS) or a municipal social desk.")
            .Resolve(context => SocialOffices.ByCode.Load(context, context.Source.OfficeCode));
        Field("socialWorker", c => c.SocialWorker).Description("The responsible social worker (assistente sociale).");
        Field<NonNullGraphType<WelfareUserAreaGraphType>>("area").Description("The user area (area di utenza).").Resolve(context => context.Source.Area);
        Field<NonNullGraphType<SocialCaseStatusGraphType>>("status").Description("The current status.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("isOpen")
            .Description("Whether the case is still open (any status but CLOSED).")
            .Resolve(context => SocialCaseTransitions.IsOpen(context.Source.Status));
        Field<NonNullGraphType<DateOnlyGraphType>>("openedOn").Description("The day the case was opened.").Resolve(context => context.Source.OpenedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("statusSince").Description("The day the case entered its current status.").Resolve(context => context.Source.StatusSince);
        Field<DateOnlyGraphType>("closedOn").Description("The day the case was closed; null while open.").Resolve(context => context.Source.ClosedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialCaseEventGraphType>>>>("history")
            .Description("Every status the case went through, oldest first.")
            .Resolve(context => SocialCaseEvents.ByCase.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WelfareBenefitGraphType>>>>("benefits")
            .Description("The benefits granted within the case, the latest start first.")
            .Resolve(context => Benefits.ByCase.LoadMany(context, context.Source.Id));
        this.MarkSensitive();
    }
}
