using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>Procedure</c> entity: a building (SUE) or business (SUAP) procedure, owned by permits and keyed by id.</summary>
internal sealed class ProcedureGraphType : ObjectGraphType<ProcedureRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public ProcedureGraphType()
    {
        Name = "Procedure";
        Description = "A building (SUE) or business (SUAP) procedure: who filed it, about what, where it stands and what happened so far.";
        this.Key("id");
        this.ResolveReference<ProcedureReference, ProcedureRecord>(
            (context, reference) => ProceduresById.Loader.Load(context, reference.Id)!);
        // The applicant's: the procedures have no co-applicants in this model (a company's procedure is filed by its owner).
        this.DataSubject(procedure => procedure.ApplicantFiscalCode);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The procedure id, e.g. 'PRC-0000001'.").Resolve(context => context.Source.Id);
        Field("protocolNumber", p => p.ProtocolNumber).Description("The general protocol number it was filed under, e.g. 'PG/2025/0398215'.");
        Field<NonNullGraphType<PermitDeskGraphType>>("desk").Description("The desk that handles it.").Resolve(context => context.Source.Desk);
        Field<NonNullGraphType<ProcedureKindGraphType>>("kind").Description("The kind of procedure.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("kindName")
            .Description("The kind's Italian name, e.g. 'Comunicazione di inizio lavori asseverata'.")
            .Resolve(context => ProcedureKinds.Of(context.Source.Kind).ItalianName);
        Field("title", p => p.Title).Description("What it is about (oggetto).");
        Field<NonNullGraphType<CitizenGraphType>>("applicant")
            .Description("Who filed it; the registry resolves who they are.")
            .Resolve(context => context.Source.ApplicantFiscalCode);
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The building of the works, or of the business premises.")
            .Resolve(context => context.Source.BuildingId);
        Field<CompanyGraphType>("company")
            .Description("The business a SUAP procedure is for; null for a building procedure.")
            .Resolve(context => context.Source.CompanyFiscalCode is { } code ? CompaniesByFiscalCode.Loader.Load(context, code) : null);
        Field<NonNullGraphType<ProcedureStateGraphType>>("state").Description("Where it stands.").Resolve(context => context.Source.State);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The number of steps so far; pass it as expectedVersion to advanceProcedure.")
            .Resolve(context => context.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureTransitionGraphType>>>>("allowedTransitions")
            .Description("The transitions the workflow allows from the current state; empty once concluded.")
            .Resolve(context => ProcedureWorkflow.AllowedFrom(context.Source.State));
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Description("When it was submitted.").Resolve(context => context.Source.SubmittedAt.UtcDateTime);
        Field<DateOnlyGraphType>("conclusionDueOn")
            .Description("The last day the office has to conclude, counted from the submission or the last integration received and moved past Sundays and holidays; null while an integration is pending (the term is interrupted).")
            .Resolve(context => context.Source.ConclusionDueOn);
        Field<DateOnlyGraphType>("integrationDueOn")
            .Description("The last day the applicant has to send the requested integration; null unless one is pending.")
            .Resolve(context => context.Source.IntegrationDueOn);
        Field<DateTimeGraphType>("concludedAt")
            .Description("When it was approved or rejected; null while open.")
            .Resolve(context => context.Source.ConcludedAt?.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureStepGraphType>>>>("steps")
            .Description("The history, oldest first: the submission, then every transition.")
            .Resolve(context => StepsByProcedure.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureDocumentGraphType>>>>("documents")
            .Description("The documents filed, in upload order (metadata only).")
            .Resolve(context => DocumentsByProcedure.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureFeeGraphType>>>>("fees")
            .Description("The fees charged, each a pagoPA position.")
            .Resolve(context => FeesByProcedure.Loader.LoadMany(context, context.Source.Id));

        // Every field but the key tells something about the applicant (what they build or open, where, how it
        // goes); the key is what a caller already holds (procedure(id:)). Steps, documents and fees are reached
        // only through these fields, so their check and audit happen here.
        foreach (var field in Fields.Where(f => f.Name != "id"))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }
}
