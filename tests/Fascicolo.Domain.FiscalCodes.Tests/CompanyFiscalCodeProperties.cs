using System.Globalization;
using CsCheck;

namespace Fascicolo.Domain.FiscalCodes.Tests;

public class CompanyFiscalCodeProperties
{
    private static readonly Gen<long> TenDigitBase = Gen.Long[0, 9_999_999_999];

    [Fact]
    public void Parse_Should_RoundTrip_When_CodeIsGenerated() =>
        TenDigitBase.Sample(
            tenDigitBase =>
            {
                var generated = CompanyFiscalCode.Generate(tenDigitBase);
                var code = CompanyFiscalCode.Parse(generated);

                Assert.Equal(generated, code.Value);
                Assert.Equal(tenDigitBase, long.Parse(code.Value.AsSpan(0, 10), CultureInfo.InvariantCulture));
            },
            iter: Generators.Iterations);

    [Fact]
    public void TryParse_Should_ReportCheckDigitMismatch_When_OneDigitIsChanged() =>
        Gen.Select(TenDigitBase, Gen.Int[0, 10], Gen.Int[1, 9])
            .Sample(
                (tenDigitBase, position, delta) =>
                {
                    var generated = CompanyFiscalCode.Generate(tenDigitBase);
                    var digit = (char)('0' + ((generated[position] - '0' + delta) % 10));
                    var changed = string.Concat(generated.AsSpan(0, position), [digit], generated.AsSpan(position + 1));

                    Assert.False(CompanyFiscalCode.TryParse(changed, out _, out var error), $"{changed} was accepted");
                    Assert.Equal(CompanyFiscalCodeError.CheckDigitMismatch, error);
                },
                iter: Generators.Iterations);
}
