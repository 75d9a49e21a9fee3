using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Tari;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>
/// The whole rates table (a handful of rows), loaded once per request under the single key
/// <see cref="All"/>: every field that needs a year's rates, or the supported years, shares it.
/// </summary>
internal static class TaxYears
{
    /// <summary>The one key of the loader.</summary>
    public const int All = 0;

    private const string Sql = """
        select year, imu_ordinary_per_mille, imu_main_home_per_mille, imu_main_home_deduction_cents, imu_agreed_rent_per_mille,
               imu_group_d_per_mille, imu_group_d_state_per_mille, tari_fixed_cents_per_sqm, tari_variable_cents, tari_ka, tari_kb,
               legal_interest_percent
        from tax_year
        order by year
        """;

    /// <summary>The loader of the rates table.</summary>
    public static readonly BatchLoader<int, TaxYearRecord> Loader = new(LoadAsync, _ => All);

    private static async Task<IEnumerable<TaxYearRecord>> LoadAsync(IReadOnlyList<int> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var years = new List<TaxYearRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var year = reader.GetInt16(0);
            years.Add(new TaxYearRecord(
                year,
                new ImuRates(year, reader.GetDecimal(1), reader.GetDecimal(2), reader.GetInt64(3), reader.GetDecimal(4), reader.GetDecimal(5), reader.GetDecimal(6)),
                new TariTariff(year, reader.GetDecimal(7), reader.GetDecimal(8), reader.GetFieldValue<decimal[]>(9), reader.GetFieldValue<decimal[]>(10)),
                new LegalInterestRate(year, reader.GetDecimal(11))));
        }
        return years;
    }
}
