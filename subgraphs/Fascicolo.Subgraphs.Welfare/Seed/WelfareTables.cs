using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Isee;
using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Welfare.Data;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Welfare.Seed;

/// <summary>The welfare slice of the synthetic city, as the tables it is copied into.</summary>
internal static class WelfareTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["social_office", "isee_attestation", "isee_member", "social_case", "social_case_event", "benefit"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(City city)
    {
        var attestations = city.IseeAttestations();
        // The DSU declares the household as registered: every member belongs to the ISEE household.
        var members = attestations
            .SelectMany(a => city.FindHousehold(a.HouseholdId)!.Members, (a, m) => (a.Protocol, m.FiscalCode))
            .ToList();
        var cases = city.SocialCases();
        var events = cases.SelectMany(c => c.History.Select((e, i) => (CaseId: c.Id, Position: (short)(i + 1), Event: e))).ToList();

        return
        [
            new CopyTable<SocialOffice>(
                "social_office", "code, name, kind, municipality_code, municipality_name, municipio", city.SocialOffices(),
                async (row, o, ct) =>
                {
                    await row.WriteAsync(o.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)o.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.MunicipalityName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)o.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<IseeAttestation>(
                "isee_attestation",
                "protocol, household_id, declarant_fiscal_code, type, issued_on, valid_until, members, isr_cents, isp_cents, ise_cents, equivalence_scale, isee_cents",
                attestations,
                async (row, a, ct) =>
                {
                    await row.WriteAsync(a.Protocol, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.HouseholdId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.DeclarantFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)IseeAttestationKinds.From(a.Type), NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.ValidUntil, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Members, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IsrCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IspCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IseCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.EquivalenceScale, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IseeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Protocol, string FiscalCode)>(
                "isee_member", "fiscal_code, protocol", members,
                async (row, m, ct) =>
                {
                    await row.WriteAsync(m.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Protocol, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<SocialCase>(
                "social_case", "id, fiscal_code, household_id, office_code, social_worker, area, status, opened_on, status_since, closed_on", cases,
                async (row, c, ct) =>
                {
                    var last = c.History[^1];
                    await row.WriteAsync(c.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.HouseholdId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.OfficeCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.SocialWorker, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)c.Area, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)c.Status, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.OpenedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(last.OccurredOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Status == SocialCaseStatus.Closed ? last.OccurredOn : (DateOnly?)null, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string CaseId, short Position, SocialCaseEvent Event)>(
                "social_case_event", "case_id, position, occurred_on, status, note", events,
                async (row, e, ct) =>
                {
                    await row.WriteAsync(e.CaseId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Position, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Event.OccurredOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)e.Event.Status, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Event.Note, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<WelfareBenefit>(
                "benefit",
                "id, fiscal_code, household_id, social_case_id, code, name, is_periodic, is_means_tested, isee_protocol, start_date, end_date, payment_date, " +
                "monthly_amount_cents, city_share_cents, user_share_cents, is_taken_in_charge, area",
                city.WelfareBenefits(),
                async (row, b, ct) =>
                {
                    await row.WriteAsync(b.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.BeneficiaryFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.HouseholdId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.SocialCaseId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.IsPeriodic, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.IsMeansTested, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.IseeProtocol, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.StartDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.EndDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PaymentDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.MonthlyAmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.CityShareCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.UserShareCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.IsTakenInCharge, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)b.Area, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
        ];
    }
}
