using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// Numbers the procedures in submission order: ids <c>PRC-0000001</c> (the sole trader's) onwards,
/// protocol numbers <c>PG/year/number</c> and fee IUPDs <c>PRAT-year-sequence</c>, both restarting
/// every year. The general protocol also registers all the city's other mail, so the procedures'
/// numbers rise with gaps; the sole trader's fixed number is skipped by the others.
/// </summary>
internal static class ProcedureNumbering
{
    private const int MaxGap = 80;

    /// <summary>The numbered procedures: the sole trader's first, then the drafts by submission time.</summary>
    public static IReadOnlyList<PermitProcedure> Number(ProcedureDraft persona, IEnumerable<ProcedureDraft> drafts, StreamKey root)
    {
        List<ProcedureDraft> ordered =
        [
            persona,
            .. drafts.OrderBy(d => d.Steps[0].At).ThenBy(d => d.SortKey, StringComparer.Ordinal),
        ];
        var reservedYear = persona.Steps[0].At.Year;
        var protocols = new Dictionary<int, int>();
        var fees = new Dictionary<int, int>();
        var procedures = new List<PermitProcedure>(ordered.Count);
        for (var index = 0; index < ordered.Count; index++)
        {
            var draft = ordered[index];
            var year = draft.Steps[0].At.Year;
            int protocol;
            if (index == 0)
            {
                protocol = SoleTraderBusiness.ProtocolSequence;
            }
            else
            {
                var random = root.Derive(index).Open();
                protocol = protocols.TryGetValue(year, out var last) ? last : FirstOfYear(root, year);
                protocol += 1 + random.Next(MaxGap);
                if (year == reservedYear && protocol == SoleTraderBusiness.ProtocolSequence)
                {
                    protocol++;
                }
                protocols[year] = protocol;
            }
            fees[year] = fees.GetValueOrDefault(year) + 1;
            var protocolNumber = string.Create(CultureInfo.InvariantCulture, $"PG/{year:D4}/{protocol:D7}");
            procedures.Add(new PermitProcedure(
                string.Create(CultureInfo.InvariantCulture, $"PRC-{index + 1:D7}"),
                protocolNumber,
                draft.Kind,
                draft.Title,
                draft.ApplicantFiscalCode,
                draft.BuildingId,
                draft.CompanyFiscalCode,
                draft.Steps,
                draft.Documents,
                [Fee(draft, protocolNumber, Iupds.Format(PaymentService.PermitFee, year, fees[year]))]));
        }
        return procedures;
    }

    private static int FirstOfYear(StreamKey root, int year) => 1_000 + root.Derive("year").Derive(year).Open().Next(1_000);

    private static ProcedureFee Fee(ProcedureDraft draft, string protocolNumber, string iupd)
    {
        var profile = ProcedureKinds.Of(draft.Kind);
        var desk = profile.Desk == PermitDesk.Sue ? "SUE" : "SUAP";
        return new ProcedureFee(
            iupd,
            $"Diritti di istruttoria {desk} - {profile.ShortName} - {protocolNumber}",
            profile.FeeCents,
            draft.Fee.PublishedOn,
            draft.Fee.DueDate,
            draft.Fee.PaidOn);
    }
}
