using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Payments.Data;
using LedgerService = Fascicolo.Domain.SyntheticCity.Ledger.PaymentService;
using PaymentDue = Fascicolo.Domain.SyntheticCity.Ledger.PaymentDue;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// The payments subgraph's slice of the city: every payment due becomes one published position, its
/// options get IUVs in ledger order, its paid options get receipts, and payments made long enough
/// before the city's reference date count as reported (rendicontati).
/// </summary>
internal sealed class LedgerRows
{
    /// <summary>Days after which a payment is taken to be reported: the PSP's reporting flow (FdR) is due within D+2 working days.</summary>
    public const int ReportingDays = 10;

    private const int MaxText = 140;

    /// <summary>One row per payment due.</summary>
    public List<PositionRecord> Positions { get; } = [];

    /// <summary>Every option of every position.</summary>
    public List<OptionRecord> Options { get; } = [];

    /// <summary>Every transfer of every option.</summary>
    public List<TransferRecord> Transfers { get; } = [];

    /// <summary>One receipt per paid option.</summary>
    public List<ReceiptRecord> Receipts { get; } = [];

    /// <summary>Builds the rows of a city's ledger.</summary>
    public static LedgerRows From(City city, IReadOnlyList<PaymentDue> ledger)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(ledger);
        var rows = new LedgerRows();
        var names = new DebtorNames(city);
        var issuer = new IuvIssuer();
        var reportedBy = city.Options.ReferenceDate.AddDays(-ReportingDays);
        foreach (var due in ledger)
        {
            rows.Add(due, names, issuer, reportedBy);
        }

        return rows;
    }

    private void Add(PaymentDue due, DebtorNames names, IuvIssuer issuer, DateOnly reportedBy)
    {
        var service = ToService(due.Service);
        var creditor = Beneficiaries.Creditor(due.CreditorFiscalCode);
        var segregationCode = SegregationCodes.Of(creditor, service);
        var description = Cut(due.Description);
        var published = TimeZoneInfo.ConvertTimeToUtc(due.PublishedOn.ToDateTime(new TimeOnly(8, 0)), PaymentsClock.TimeZone);

        var options = new List<OptionRecord>(due.Options.Count);
        var paidAt = new List<(OptionRecord Option, DateTime PaidAt)>();
        var transfers = new List<TransferRecord>();
        for (var i = 0; i < due.Options.Count; i++)
        {
            var source = due.Options[i];
            var iuv = issuer.Next(segregationCode, due.Year).Iuv;
            DateTime? paid = source.PaidOn is { } day ? ReceiptSynthesis.PaidAt(iuv, day) : null;
            var status = source.PaidOn switch
            {
                null => PaymentOptionStatus.Unpaid,
                var paidOn when paidOn <= reportedBy => PaymentOptionStatus.Reported,
                _ => PaymentOptionStatus.Paid,
            };
            var option = new OptionRecord(
                iuv, due.Iupd, i + 1, creditor.FiscalCode, source.AmountCents, Cut(source.Description), source.DueDate,
                source.IsPartialPayment, status, paid, paid ?? published);
            options.Add(option);
            if (paid is { } at)
            {
                paidAt.Add((option, at));
            }

            transfers.AddRange(TransferPlan.For(
                service, creditor, iuv, source.AmountCents, $"{description} - {option.Description}",
                status == PaymentOptionStatus.Reported ? TransferStatus.Reported : TransferStatus.Unreported));
        }

        var recorded = DebtPositionStatusRules.Recorded(due.ValidityDate, [.. options.Select(o => o.State)]);
        var settled = recorded is DebtPositionStatus.Paid or DebtPositionStatus.Reported;
        DateTime? lastPayment = paidAt.Count == 0 ? null : paidAt.Max(p => p.PaidAt);
        var debtorType = GpdCodes.DebtorTypeOf(due.DebtorFiscalCode);
        var position = new PositionRecord(
            due.Iupd, service, creditor.FiscalCode, creditor.Name, Offices.Of(service), debtorType, due.DebtorFiscalCode,
            Cut(names.Of(due.DebtorFiscalCode)), description, due.PublishedOn, due.ValidityDate, due.SwitchToExpired, recorded,
            settled ? lastPayment : null, lastPayment ?? published, options);

        Positions.Add(position);
        Options.AddRange(options);
        Transfers.AddRange(transfers);
        Receipts.AddRange(paidAt.Select(p => ReceiptSynthesis.For(position, p.Option, p.PaidAt)));
    }

    private static string Cut(string text) => text.Length <= MaxText ? text : text[..MaxText];

    private static PaymentService ToService(LedgerService service) => service switch
    {
        LedgerService.Imu => PaymentService.Imu,
        LedgerService.Tari => PaymentService.Tari,
        LedgerService.VehicleTax => PaymentService.VehicleTax,
        LedgerService.TrafficFine => PaymentService.TrafficFine,
        LedgerService.SchoolCanteen => PaymentService.SchoolCanteen,
        LedgerService.PermitFee => PaymentService.PermitFee,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown payment service."),
    };
}
