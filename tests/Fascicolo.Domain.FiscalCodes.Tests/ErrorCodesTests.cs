using Snapshooter.Xunit;

namespace Fascicolo.Domain.FiscalCodes.Tests;

public class ErrorCodesTests
{
    [Fact]
    public void ToCode_Should_MatchTheSnapshot_When_ListingEveryFiscalCodeError() =>
        Enum.GetValues<FiscalCodeError>()
            .Select(e => new { Error = e.ToString(), Code = e.ToCode(), Message = e.Describe() })
            .ToList()
            .MatchSnapshot();

    [Fact]
    public void ToCode_Should_MatchTheSnapshot_When_ListingEveryCompanyFiscalCodeError() =>
        Enum.GetValues<CompanyFiscalCodeError>()
            .Select(e => new { Error = e.ToString(), Code = e.ToCode(), Message = e.Describe() })
            .ToList()
            .MatchSnapshot();

    [Fact]
    public void ToCode_Should_Throw_When_ValueIsNotDefined() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((FiscalCodeError)99).ToCode());
}
