using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The registry's root <c>Query</c> fields.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<CitizenGraphType>("citizen")
            .Description("The citizen with this fiscal code, or null when none is registered. The code is matched exactly as issued.")
            .Argument<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode", "The fiscal code.")
            .Resolve(context => CitizensByFiscalCode.Loader.Load(context, context.GetArgument<FiscalCode>("fiscalCode").Value));

        Field<HouseholdGraphType>("household")
            .Description("The household with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The household id, e.g. 'HH-0000001'.")
            .Resolve(context => HouseholdsById.Loader.Load(context, context.GetArgument<string>("id")));

        // Any desk's search: its cursors carry fiscal codes, which only the ente's operators (and services) may list.
        // The citizens it returns are guarded field by field like any other.
        this.ConnectionField<CitizenGraphType, object?>("citizens")
            .Description("Operator search: citizens matching the filter, ordered by fiscal code, a page at a time. Operators and services only.")
            .Argument<CitizenFilterGraphType>("filter", "The criteria; none lists every citizen.")
            .RequireRole(CallerRoles.Operator, CallerRoles.Service)
            .Department(AccessExtensions.AnyDepartment)
            .ResolveAsync(async context =>
            {
                var today = context.RequestServices!.GetRequiredService<RegistryClock>().Today;
                var filter = context.GetArgument<CitizenFilterInput?>("filter")?.Validate(today) ?? CitizenFilter.None;
                var page = context.GetPageRequest<string>();
                var citizens = await CitizenSearch.FindAsync(context.RequestServices!, filter, page.After, page.Limit, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(citizens, c => c.FiscalCode);
            });
    }
}
