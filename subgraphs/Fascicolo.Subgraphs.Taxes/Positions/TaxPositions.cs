using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Taxes.Data;
using GraphQL;
using GraphQL.DataLoader;

namespace Fascicolo.Subgraphs.Taxes.Positions;

/// <summary>
/// Resolves <c>Citizen.taxPosition(year:)</c>: queues the rates table and the taxpayer's holdings,
/// TARI accounts, payments, assessments and refunds on their batch loaders (one statement each for
/// all the citizens of the request), then checks the year and assembles the position.
/// </summary>
internal static class TaxPositions
{
    public static IDataLoaderResult<TaxPositionView> Load(IResolveFieldContext context, string fiscalCode, int year)
    {
        var years = TaxYears.Loader.LoadMany(context, TaxYears.All);
        var holdings = ImuHoldingsByFiscalCode.Loader.LoadMany(context, fiscalCode);
        var occupancies = TariOccupanciesByFiscalCode.Loader.LoadMany(context, fiscalCode);
        var payments = TaxPaymentsByFiscalCode.Loader.LoadMany(context, fiscalCode);
        var assessments = TaxAssessmentsByFiscalCode.Loader.LoadMany(context, fiscalCode);
        var refunds = TaxRefundsByFiscalCode.Loader.LoadMany(context, fiscalCode);
        var today = context.RequestServices!.GetRequiredService<TaxesClock>().Today;
        return new Pending<TaxPositionView>(async cancellationToken =>
        {
            var rates = Supported(await years.GetResultAsync(cancellationToken).ConfigureAwait(false), year);
            return TaxPositionAssembler.Assemble(
                fiscalCode,
                rates,
                [.. (await holdings.GetResultAsync(cancellationToken).ConfigureAwait(false)).Select(h => h.Holding)],
                await occupancies.GetResultAsync(cancellationToken).ConfigureAwait(false),
                [.. (await payments.GetResultAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Payment)],
                await assessments.GetResultAsync(cancellationToken).ConfigureAwait(false),
                await refunds.GetResultAsync(cancellationToken).ConfigureAwait(false),
                today);
        });
    }

    /// <summary>The rates of <paramref name="year"/>, or <c>TAX_YEAR_NOT_SUPPORTED</c>.</summary>
    /// <exception cref="CodedError">The year is not in the rates table.</exception>
    public static TaxYearRecord Supported(IReadOnlyList<TaxYearRecord> years, int year)
    {
        var rates = years.FirstOrDefault(y => y.Year == year);
        if (rates is not null)
        {
            return rates;
        }
        var extensions = new Dictionary<string, object?> { ["year"] = year };
        if (years.Count == 0)
        {
            throw new CodedError(TaxesErrorCodes.TaxYearNotSupported, $"No tax year is available yet, so {year} is not either.", extensions);
        }
        extensions["firstYear"] = years[0].Year;
        extensions["lastYear"] = years[^1].Year;
        throw new CodedError(
            TaxesErrorCodes.TaxYearNotSupported,
            $"Tax positions cover the years {years[0].Year} to {years[^1].Year}; {year} is not one of them.",
            extensions);
    }
}
