using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The welfare subgraph's root <c>Query</c> fields (a citizen's folder is reached through <c>Citizen.socialFolder</c>).</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public QueryGraphType()
    {
        Name = "Query";

        Field<SocialCaseGraphType>("socialCase")
            .Description("The social case with this id, or null when none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The case id, e.g. 'SC-0000001'.")
            .Resolve(context => SocialCases.ById.Load(context, context.GetArgument<string>("id")));

        this.ConnectionField<SocialCaseGraphType>("socialCases")
            .Description("An office's worklist: its social cases, optionally in one status, ordered by id, a page at a time. Social-services operators and services only.")
            .Argument<NonNullGraphType<StringGraphType>>("officeCode", "The office code, e.g. 'ATS-D969-01'.")
            .Argument<SocialCaseStatusGraphType>("status", "Only cases in this status; all when left out.")
            // A social desk's worklist, not a citizen's: the social department's operators, and services.
            .RequireRole(CallerRoles.Operator, CallerRoles.Service)
            .ResolveAsync(async context =>
            {
                var office = context.GetArgument<string>("officeCode");
                var status = context.GetArgument<SocialCaseStatus?>("status");
                var page = context.GetPageRequest<string>();
                var cases = await SocialCaseWorklist.FindAsync(context.RequestServices!, office, status, page.After, page.Limit, context.CancellationToken).ConfigureAwait(false);
                if (cases.Count == 0 && !await SocialCaseWorklist.OfficeExistsAsync(context.RequestServices!, office, context.CancellationToken).ConfigureAwait(false))
                {
                    throw WelfareErrors.OfficeNotFound(office);
                }
                return page.ToConnection(cases, c => c.Id);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialOfficeGraphType>>>>("socialOffices")
            .Description("Every social-service office, by code.")
            .ResolveAsync(async context => await SocialOffices.ListAsync(context.RequestServices!, context.CancellationToken).ConfigureAwait(false));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WelfareBenefitTypeGraphType>>>>("welfareBenefitTypes")
            .Description("The city's benefit catalogue, with the codes SIUSS records carry.")
            .Resolve(_ => BenefitCatalogue.All);

        Field<IseeAttestationGraphType>("iseeAttestation")
            .Description("The ISEE attestation with this DSU protocol, or null when none.")
            .Argument<NonNullGraphType<StringGraphType>>("protocol", "The DSU protocol, e.g. 'INPS-ISEE-2026-00000001A-00'.")
            .Resolve(context => IseeAttestations.ByProtocol.Load(context, context.GetArgument<string>("protocol")));
    }
}
