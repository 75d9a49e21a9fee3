using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// Positions the test fixture seeds next to the city's ledger, through the same seeder, so that every
/// status and error has a position to be tried on whatever the facets produce. Their debtors are
/// valid fiscal codes of people who do not live in the synthetic city (GPD debtors need not be
/// residents), so no facet ever adds to their totals; and their debt year, 2015, is one no facet
/// uses, so their IUVs (numbered per segregation code and year) do not move when the facets change.
/// </summary>
internal static class TestLedger
{
    /// <summary>The debtor whose position covers every status.</summary>
    public const string Debtor = "RSSMRA45D25F205N";

    /// <summary>The debtor of the fines the mutation tests pay.</summary>
    public const string Payer = "MRNLCU00A01H501J";

    /// <summary>The year of every test position.</summary>
    public const int Year = 2015;

    /// <summary>A company debtor (valid check digit, no company of the city).</summary>
    public static readonly string Company = CompanyFiscalCode.Generate(4_242_424_242);

    /// <summary>TARI, full € 300.00 or two instalments of € 150.00, nothing paid, payable.</summary>
    public static readonly string Instalments = Iupds.Format(PaymentService.Tari, Year, 9_900_001);

    /// <summary>A canteen bill published but valid only from 1 February 2026.</summary>
    public static readonly string NotYetValid = Iupds.Format(PaymentService.SchoolCanteen, Year, 9_900_002);

    /// <summary>IMU € 412.00 due 16 December 2025, unpaid and kept payable: overdue.</summary>
    public static readonly string Overdue = Iupds.Format(PaymentService.Imu, Year, 9_900_003);

    /// <summary>TARI in two instalments of € 120.50, the first paid (and reported).</summary>
    public static readonly string PartiallyPaid = Iupds.Format(PaymentService.Tari, Year, 9_900_004);

    /// <summary>Procedure fees € 250.00 paid on 1 October 2025, reported.</summary>
    public static readonly string PaidAndReported = Iupds.Format(PaymentService.PermitFee, Year, 9_900_005);

    /// <summary>Vehicle tax € 198.45 paid on 28 December 2025, not yet reported.</summary>
    public static readonly string Paid = Iupds.Format(PaymentService.VehicleTax, Year, 9_900_006);

    /// <summary>A fine € 55.00 due 30 November 2025 that expires when unpaid.</summary>
    public static readonly string Expired = Iupds.Format(PaymentService.TrafficFine, Year, 9_900_007);

    /// <summary>Procedure fees € 80.00 owed by a company.</summary>
    public static readonly string CompanyFees = Iupds.Format(PaymentService.PermitFee, Year, 9_900_008);

    /// <summary>TARI of <see cref="Payer"/>: full € 200.00 or two instalments of € 100.00, for the mutation tests.</summary>
    public static readonly string PayerInstalments = Iupds.Format(PaymentService.Tari, Year, 9_900_009);

    /// <summary>TARI of <see cref="Payer"/> in two instalments of € 64.00, paid at the same time by the concurrency test.</summary>
    public static readonly string ConcurrentInstalments = Iupds.Format(PaymentService.Tari, Year, 9_900_010);

    /// <summary>How many fines the mutation tests may pay, one each.</summary>
    public const int FineCount = 20;

    /// <summary>The IUPD of the <paramref name="number"/>-th fine (0-based) the mutation tests pay.</summary>
    public static string Fine(int number) => Iupds.Format(PaymentService.TrafficFine, Year, 9_800_001 + number);

    /// <summary>Every test position.</summary>
    public static IReadOnlyList<PaymentDue> Extras { get; } = Build();

    private static List<PaymentDue> Build()
    {
        var published = new DateOnly(2025, 12, 1);
        List<PaymentDue> extras =
        [
            Due(Instalments, PaymentService.Tari, Debtor, "TARI 2015 - avviso di pagamento", published, null, false,
                [
                    Option(30_000, new(2026, 1, 31), false, "Rata unica"),
                    Option(15_000, new(2026, 1, 31), true, "Rata 1 di 2"),
                    Option(15_000, new(2026, 3, 31), true, "Rata 2 di 2"),
                ]),
            Due(NotYetValid, PaymentService.SchoolCanteen, Debtor, "Refezione scolastica febbraio", published, new(2026, 2, 1), false,
                [Option(4_560, new(2026, 2, 28), false, "Rata unica")]),
            Due(Overdue, PaymentService.Imu, Debtor, "IMU 2015 - avviso di accertamento", new(2025, 10, 1), null, false,
                [Option(41_200, new(2025, 12, 16), false, "Rata unica")]),
            Due(PartiallyPaid, PaymentService.Tari, Debtor, "TARI 2015 - seconda emissione", new(2025, 6, 1), null, false,
                [
                    Option(12_050, new(2025, 7, 31), true, "Rata 1 di 2", new(2025, 7, 10)),
                    Option(12_050, new(2026, 2, 28), true, "Rata 2 di 2"),
                ]),
            Due(PaidAndReported, PaymentService.PermitFee, Debtor, "Diritti di istruttoria SCIA", new(2025, 9, 15), null, true,
                [Option(25_000, new(2025, 10, 15), false, "Rata unica", new(2025, 10, 1))]),
            Due(Paid, PaymentService.VehicleTax, Debtor, "Tassa automobilistica 2015 GE123AB", published, null, true,
                [Option(19_845, new(2026, 1, 31), false, "Rata unica", new(2025, 12, 28))], Creditors.RegioneLiguria),
            Due(Expired, PaymentService.TrafficFine, Debtor, "Verbale 2015/000777 art. 7 CdS", new(2025, 9, 1), null, true,
                [Option(5_500, new(2025, 11, 30), false, "Pagamento in misura ridotta")]),
            Due(CompanyFees, PaymentService.PermitFee, Company, "Diritti SUAP - avvio attività", published, null, false,
                [Option(8_000, new(2026, 2, 15), false, "Rata unica")]),
            Due(PayerInstalments, PaymentService.Tari, Payer, "TARI 2015 - avviso di pagamento", published, null, false,
                [
                    Option(20_000, new(2026, 1, 31), false, "Rata unica"),
                    Option(10_000, new(2026, 1, 31), true, "Rata 1 di 2"),
                    Option(10_000, new(2026, 3, 31), true, "Rata 2 di 2"),
                ]),
            Due(ConcurrentInstalments, PaymentService.Tari, Payer, "TARI 2015 - conguaglio", published, null, false,
                [
                    Option(6_400, new(2026, 1, 31), true, "Rata 1 di 2"),
                    Option(6_400, new(2026, 3, 31), true, "Rata 2 di 2"),
                ]),
        ];
        for (var i = 0; i < FineCount; i++)
        {
            extras.Add(Due(Fine(i), PaymentService.TrafficFine, Payer, $"Verbale 2015/{i + 1:D6} art. 157 CdS", published, null, false,
                [Option(8_700 + i, new(2026, 2, 15), false, "Pagamento in misura ridotta")]));
        }

        return extras;
    }

    private static PaymentDue Due(
        string iupd, PaymentService service, string debtor, string description, DateOnly published, DateOnly? validity,
        bool switchToExpired, PaymentDueOption[] options, string creditor = Creditors.ComuneDiGenova) =>
        new(iupd, service, debtor, creditor, description, Year, published, validity, switchToExpired, options);

    private static PaymentDueOption Option(long cents, DateOnly due, bool partial, string description, DateOnly? paidOn = null) =>
        new(cents, due, partial, description, paidOn);
}
