using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Audit.Schema;

/// <summary>The registry's <c>Citizen</c> entity, extended with who read their personal data.</summary>
internal sealed class CitizenGraphType : ObjectGraphType<AuditCitizen>
{
    /// <summary>Declares the key, the reference resolver and <c>accessLog</c>.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";

        this.Key("fiscalCode");
        this.ResolveReference<CitizenReference, AuditCitizen>((_, reference) => new AuditCitizen(reference.FiscalCode.Value));
        this.DataSubject(citizen => citizen.FiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source.FiscalCode);

        Field<AccessLogConnectionGraphType>("accessLog")
            .Description("Who read the citizen's personal data, newest first: the office and role, why, when, in which system and which data. Only the citizen themself may read it.")
            .Argument<IntGraphType>("first", $"How many entries to return (1..{Paging.MaxPageSize}, default {Paging.DefaultPageSize}).", a => a.DefaultValue = Paging.DefaultPageSize)
            .Argument<StringGraphType>("after", "Return the entries after this cursor (an endCursor or edge cursor of a previous page).")
            .PersonalData(PersonalDataCategory.Common)
            .RequireRole(CallerRoles.Citizen)
            .ResolveAsync(async context =>
            {
                var fiscalCode = context.Source.FiscalCode;
                // Defence in depth: the kit's policy already lets only the citizen themself through.
                var caller = context.GetCaller();
                if (caller.Role != CallerRoles.Citizen || !string.Equals(caller.Subject, fiscalCode, StringComparison.Ordinal))
                {
                    throw new AccessDeniedError(caller.Role == CallerRoles.Citizen ? AccessRefusalReasons.NotYourData : AccessRefusalReasons.RoleNotAllowed);
                }
                var page = context.GetPageRequest<long>();
                var reader = context.RequestServices!.GetRequiredService<AccessLogReader>();
                var entries = await reader.ReadBySubjectAsync(fiscalCode, page.Limit, page.HasAfter ? page.After : (long?)null, context.CancellationToken).ConfigureAwait(false);
                return page.ToConnection(entries, entry => entry.Seq);
            });
    }
}
