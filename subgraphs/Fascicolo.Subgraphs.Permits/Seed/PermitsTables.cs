using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Permits.Seed;

/// <summary>The permits slice of the synthetic city, as the tables it is copied into.</summary>
internal static class PermitsTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names = ["company", "procedure", "procedure_step", "procedure_document", "procedure_fee"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(City city)
    {
        var procedures = city.PermitProcedures();
        var steps = procedures.SelectMany(p => p.Steps.Select((s, i) => (p.Id, Sequence: i + 1, Step: s))).ToList();
        var documents = procedures.SelectMany(p => p.Documents.Select((d, i) => (p.Id, Sequence: i + 1, Document: d))).ToList();
        var fees = procedures.SelectMany(p => p.Fees.Select(f => (p.Id, Fee: f))).ToList();

        return
        [
            new CopyTable<Company>(
                "company", "fiscal_code, name, legal_form, owner_fiscal_code, ateco_code, building_id, registered_on", city.Companies(),
                async (row, c, ct) =>
                {
                    await row.WriteAsync(c.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.LegalForm, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.OwnerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.AtecoCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.RegisteredOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<PermitProcedure>(
                "procedure",
                "id, protocol_number, kind, title, applicant_fiscal_code, building_id, company_fiscal_code, state, version, submitted_at, term_started_on, integration_requested_on, concluded_at",
                procedures,
                async (row, p, ct) =>
                {
                    var terms = p.Terms;
                    await row.WriteAsync(p.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.ProtocolNumber, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Title, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.ApplicantFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.CompanyFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.State, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Version, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.SubmittedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(terms.TermStartedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(terms.IntegrationRequestedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.ConcludedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Id, int Sequence, ProcedureStep Step)>(
                "procedure_step", "procedure_id, sequence, state, transition, at, actor, note", steps,
                async (row, s, ct) =>
                {
                    await row.WriteAsync(s.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Sequence, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)s.Step.State, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)s.Step.Transition, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Step.At, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Step.Actor, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Step.Note, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Id, int Sequence, ProcedureDocument Document)>(
                "procedure_document", "procedure_id, sequence, name, type, media_type, size_bytes, sha256, uploaded_at", documents,
                async (row, d, ct) =>
                {
                    await row.WriteAsync(d.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Sequence, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)d.Document.Type, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.MediaType, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.SizeBytes, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.Sha256, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.UploadedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Id, ProcedureFee Fee)>(
                "procedure_fee", "iupd, procedure_id, description, amount_cents", fees,
                async (row, f, ct) =>
                {
                    await row.WriteAsync(f.Fee.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(f.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(f.Fee.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(f.Fee.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                }),
        ];
    }
}
