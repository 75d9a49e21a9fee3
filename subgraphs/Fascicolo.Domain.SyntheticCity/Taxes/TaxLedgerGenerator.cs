using System.Collections.Concurrent;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Randomness;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Schedule;
using Fascicolo.Domain.Taxes.Tari;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// Computes each taxpayer's account with the calculators of <c>Fascicolo.Domain.Taxes</c>: IMU on
/// his holdings and TARI on his household's dwelling for the reference year and the four before,
/// the payments his behaviour produces (one behaviour per taxpayer, year and tax, from his own
/// random stream), the assessments of years at least two before the reference year (notified
/// between June and October of the following year), and refunds of overpaid years.
/// </summary>
internal sealed class TaxLedgerGenerator
{
    /// <summary>How many years before the reference year the position goes back.</summary>
    public const int PastYears = 4;

    /// <summary>Years at least this far before the reference year have been checked.</summary>
    public const int AssessedAfterYears = 2;

    private const double AssessmentPaidShare = 0.55;

    private readonly City _city;
    private readonly DateOnly _today;
    private readonly StreamKey _behaviours;
    private readonly HoldingClassifier _classifier;
    private readonly Dictionary<string, Household> _households;
    private readonly HashSet<string> _personas;
    private readonly string _taxpayer;
    private readonly LegalInterestRate[] _interest;
    private readonly Dictionary<string, string> _unitByDwelling;
    private readonly int[] _yearNumbers;
    private readonly ConcurrentDictionary<string, TaxpayerAccount?> _asked = new(StringComparer.Ordinal);

    public TaxLedgerGenerator(City city)
    {
        _city = city;
        _today = city.Options.ReferenceDate;
        var root = city.FacetStream("taxes");
        _behaviours = root.Derive("behaviour");
        var householdByDwelling = city.Households.ToDictionary(h => h.DwellingId, StringComparer.Ordinal);
        _households = city.Households.ToDictionary(h => h.Id, StringComparer.Ordinal);
        _taxpayer = city.GetPersona(DemoPersonaKeys.Taxpayer).FiscalCode;
        _personas = city.Personas.Select(p => p.FiscalCode).ToHashSet(StringComparer.Ordinal);
        _unitByDwelling = city.CadastralUnits().Where(u => u.DwellingId is not null).ToDictionary(u => u.DwellingId!, u => u.Id, StringComparer.Ordinal);
        _classifier = new HoldingClassifier(city, householdByDwelling, root.Derive("rent"), _taxpayer);
        var last = _today.Year;
        Years =
        [
            .. Enumerable.Range(last - PastYears, PastYears + 1)
                .Select(y => new CityTaxYear(y, GenovaTaxRates.Imu(y), GenovaTaxRates.TariTariff(y), GenovaTaxRates.LegalInterestPercent(y))),
        ];
        _interest = [.. Years.Select(y => new LegalInterestRate(y.Year, y.LegalInterestPercent))];
        _yearNumbers = [.. Years.Select(y => y.Year)];
    }

    /// <summary>The rates table: the reference year and the four before, oldest first.</summary>
    public IReadOnlyList<CityTaxYear> Years { get; }

    /// <summary>
    /// Every taxpayer's account, in resident order. Computed in parallel: each account depends only
    /// on the city and its own random streams, and the order is kept, so the result is the same.
    /// </summary>
    public IEnumerable<TaxpayerAccount> Accounts() =>
        _city.Residents.AsParallel().AsOrdered().Select(AccountOf).Where(a => a is not null).Select(a => a!);

    /// <summary>The holdings of every owner, in resident order.</summary>
    public IEnumerable<TaxpayerHolding> Holdings() => _city.Residents.SelectMany(_classifier.HoldingsOf);

    /// <summary>The TARI accounts of every household in Genova, in resident order of their heads.</summary>
    public IEnumerable<TariOccupancy> Occupancies() => _city.Residents.SelectMany(OccupanciesOf);

    /// <summary>
    /// A resident's account, kept once asked for: callers of the per-taxpayer accessors ask for the
    /// same taxpayer's holdings, payments and accounts in turn. Whole-city enumerations do not fill it.
    /// </summary>
    public TaxpayerAccount? CachedAccountOf(Resident resident) => _asked.GetOrAdd(resident.FiscalCode, _ => AccountOf(resident));

    /// <summary>A resident's account, or null when he owes Genova neither IMU nor TARI in any year.</summary>
    public TaxpayerAccount? AccountOf(Resident resident)
    {
        var holdings = _classifier.HoldingsOf(resident);
        var occupancies = OccupanciesOf(resident);
        if (holdings.Count == 0 && occupancies.Count == 0)
        {
            return null;
        }
        var imuHoldings = holdings.Select(h => h.Holding).ToList();
        var years = new List<TaxpayerYear>(Years.Count);
        foreach (var rates in Years)
        {
            var imu = ImuCalculator.Compute(rates.Year, rates.Imu, imuHoldings);
            var occupancy = occupancies.Find(o => o.Covers(rates.Year));
            var tari = occupancy is null ? null : TariCalculator.Bill(rates.Tari, occupancy.SurfaceSquareMetres, occupancy.Occupants);
            var year = new TaxpayerYear(rates.Year, imu, tari, [], [], []);
            Settle(resident.FiscalCode, year, TaxKind.Imu, imu.Instalments);
            Settle(resident.FiscalCode, year, TaxKind.Tari, tari?.Instalments ?? []);
            years.Add(year);
        }
        return new TaxpayerAccount(resident.FiscalCode, holdings, occupancies, years);
    }

    private List<TariOccupancy> OccupanciesOf(Resident resident)
    {
        var household = _households[resident.HouseholdId];
        if (household.HeadFiscalCode != resident.FiscalCode)
        {
            return [];
        }
        var dwelling = _city.FindDwelling(household.DwellingId)!;
        return _city.FindBuilding(dwelling.BuildingId)!.MunicipalityCode == CityTaxes.MunicipalityCode
            ? OccupancyHistory.Of(_city, household, dwelling, _unitByDwelling[dwelling.Id], _yearNumbers)
            : [];
    }

    private void Settle(string fiscalCode, TaxpayerYear year, TaxKind tax, IReadOnlyList<TaxInstalment> instalments)
    {
        if (instalments.Count == 0)
        {
            return;
        }
        var random = _behaviours.Derive(fiscalCode).Derive(year.Year).Derive((int)tax).Open();
        var behaviour = Behaviour(fiscalCode, year.Year, tax, random);
        var payments = PaymentSimulator.Pay(behaviour, instalments, random, _today);
        year.Payments.AddRange(payments);

        if (year.Year <= _today.Year - AssessedAfterYears)
        {
            var notifiedOn = IsTaxpayersOverdueTari(fiscalCode, year.Year, tax)
                ? new DateOnly(year.Year + 1, 9, 15)
                : new DateOnly(year.Year + 1, 6, 1).AddDays(random.Next(0, 152));
            // Whoever paid everything on time has nothing to assess: skip the calculator for them.
            var paidOnTime = behaviour is TaxpayerBehaviour.OnTime or TaxpayerBehaviour.Overpaid;
            var amounts = notifiedOn < _today && !paidOnTime ? TaxAssessmentCalculator.Assess(instalments, payments, notifiedOn, _interest) : null;
            if (amounts is not null)
            {
                var paidOn = amounts.NotifiedOn.AddDays(random.Next(5, AssessmentPolicy.PaymentTermDays - 2));
                var paid = !IsTaxpayersOverdueTari(fiscalCode, year.Year, tax) && random.Chance(AssessmentPaidShare) && paidOn < _today;
                year.Assessments.Add(new DraftAssessment(tax, year.Year, amounts, paid ? paidOn : null));
            }
        }

        var overpaid = payments.Sum(p => p.AmountCents) - instalments.Sum(i => i.AmountCents);
        if (overpaid > 0)
        {
            var requestedOn = payments.Max(p => p.PaidOn).AddDays(random.Next(20, 120));
            var paidOn = requestedOn.AddDays(random.Next(60, 200));
            year.Refunds.Add(new DraftRefund(tax, year.Year, overpaid, requestedOn < _today ? requestedOn : null, paidOn < _today ? paidOn : null));
        }
    }

    // Most pay in full and on time; the demo personas always do, but for the taxpayer's unpaid TARI.
    private TaxpayerBehaviour Behaviour(string fiscalCode, int year, TaxKind tax, SplitMix64 random)
    {
        if (IsTaxpayersOverdueTari(fiscalCode, year, tax))
        {
            return TaxpayerBehaviour.Omitted;
        }
        var draw = random.NextDouble();
        if (_personas.Contains(fiscalCode))
        {
            return TaxpayerBehaviour.OnTime;
        }
        return draw switch
        {
            < 0.86 => TaxpayerBehaviour.OnTime,
            < 0.91 => TaxpayerBehaviour.Late,
            < 0.95 => TaxpayerBehaviour.Short,
            < 0.98 => TaxpayerBehaviour.Omitted,
            _ => TaxpayerBehaviour.Overpaid,
        };
    }

    // The taxpayer persona left the TARI of the last assessed year unpaid: notified mid-September
    // of the next year, its 60 days ran out in November, and it is still unpaid.
    private bool IsTaxpayersOverdueTari(string fiscalCode, int year, TaxKind tax) =>
        tax == TaxKind.Tari && fiscalCode == _taxpayer && year == _today.Year - AssessedAfterYears;
}
