using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The permits subgraph's root <c>Query</c> fields.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<ProcedureGraphType>("procedure")
            .Description("The procedure with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The procedure id, e.g. 'PRC-0000001'.")
            .Resolve(context => ProceduresById.Loader.Load(context, context.GetArgument<string>("id")));

        Field<ProcedureGraphType>("procedureByProtocolNumber")
            .Description("The procedure filed under this protocol number, or null when none.")
            .Argument<NonNullGraphType<StringGraphType>>("protocolNumber", "The protocol number, e.g. 'PG/2025/0398215'.")
            .Resolve(context => ProceduresByProtocolNumber.Loader.Load(context, ProtocolNumberArgument.Validate(context.GetArgument<string>("protocolNumber"))));

        Field<CompanyGraphType>("company")
            .Description("The business with this fiscal code, or null when none has premises in the city.")
            .Argument<NonNullGraphType<StringGraphType>>("fiscalCode", "The 11-digit company fiscal code, e.g. '01987650106'.")
            .Resolve(context => CompaniesByFiscalCode.Loader.Load(context, CompanyFiscalCodeArgument.Validate(context.GetArgument<string>("fiscalCode"))));

        this.ConnectionField<ProcedureGraphType>("procedures")
            .Description("Operator worklist: procedures of a desk and/or in a state, in the order they were filed (by id), a page at a time.")
            .Argument<PermitDeskGraphType>("desk", "Only this desk's procedures.")
            .Argument<ProcedureStateGraphType>("state", "Only procedures in this state.")
            .ResolveAsync(async context =>
            {
                var page = context.GetPageRequest<string>();
                var procedures = await ProcedureWorklist.FindAsync(
                    context.RequestServices!,
                    context.GetArgument<PermitDesk?>("desk"),
                    context.GetArgument<ProcedureState?>("state"),
                    page.After,
                    page.Limit,
                    context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection([.. procedures], p => p.Id);
            });
    }
}
