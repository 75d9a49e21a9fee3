using Fascicolo.Domain.Payments.Notices;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class NoticeNumberTests
{
    // Worked examples, check digits by hand:
    //   3010000000000001 = 93 × 32,365,591,397,849 + 44  → 301000000000000144
    //   3850000000000042 = 93 × 41,397,849,462,366 + 4   → 385000000000004204
    //   3962025000012345 = 93 × 42,602,419,354,971 + 42  → 396202500001234542
    [Theory]
    [InlineData(1, 1L, "301000000000000144")]
    [InlineData(85, 42L, "385000000000004204")]
    [InlineData(96, 2_025_000_012_345L, "396202500001234542")]
    public void Create_Should_AppendTheRemainderModulo93_When_IssuingANotice(int segregationCode, long iuvBase, string expected)
    {
        var notice = NoticeNumber.Create(segregationCode, iuvBase);

        Assert.Equal(expected, notice.Value);
        Assert.Equal(expected[1..], notice.Iuv);
        Assert.Equal(segregationCode, notice.SegregationCode);
        Assert.Equal(iuvBase, long.Parse(notice.IuvBase, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected[16..], notice.CheckDigits);
    }

    [Fact]
    public void IuvCheckDigits_Should_BeTheRemainderOfTheSixteenDigits_When_Computed()
    {
        Assert.Equal(44, IuvCheckDigits.Compute("3010000000000001"));
        Assert.Equal(4, IuvCheckDigits.Compute("3850000000000042"));
        // The largest sixteen-digit number: 9,999,999,999,999,999 = 93 × 107,526,881,720,430 + 9.
        Assert.Equal(9, IuvCheckDigits.Compute("9999999999999999"));
    }

    [Fact]
    public void Display_Should_GroupDigitsByFour_When_PrintedOnAPaperNotice()
    {
        Assert.Equal("3010 0000 0000 0001 44", NoticeNumber.Parse("301000000000000144").Display);
    }

    [Fact]
    public void Parse_Should_IgnoreSpaces_When_TheNumberIsCopiedFromAPaperNotice()
    {
        Assert.Equal("301000000000000144", NoticeNumber.Parse(" 3010 0000 0000 0001 44 ").Value);
    }

    [Fact]
    public void FromIuv_Should_PrependTheAuxDigit_When_GivenAnIuv()
    {
        Assert.Equal("385000000000004204", NoticeNumber.FromIuv("85000000000004204").Value);
    }

    [Theory]
    [InlineData(null, NoticeNumberError.Empty, "EMPTY")]
    [InlineData("   ", NoticeNumberError.Empty, "EMPTY")]
    [InlineData("30100000000000014", NoticeNumberError.InvalidLength, "INVALID_LENGTH")]
    [InlineData("3010000000000001444", NoticeNumberError.InvalidLength, "INVALID_LENGTH")]
    [InlineData("30100000000000014A", NoticeNumberError.NotNumeric, "NOT_NUMERIC")]
    [InlineData("001000000000000144", NoticeNumberError.UnsupportedAuxDigit, "UNSUPPORTED_AUX_DIGIT")]
    [InlineData("301000000000000145", NoticeNumberError.CheckDigitsMismatch, "CHECK_DIGITS_MISMATCH")]
    [InlineData("301000000000000193", NoticeNumberError.CheckDigitsMismatch, "CHECK_DIGITS_MISMATCH")]
    public void TryParse_Should_ReportTheFirstFailingCheck_When_TheNumberIsInvalid(string? input, NoticeNumberError expected, string code)
    {
        Assert.False(NoticeNumber.TryParse(input, out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(code, error.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(error.Describe()));
    }

    [Fact]
    public void Parse_Should_ThrowWithTheReason_When_TheNumberIsInvalid()
    {
        var exception = Assert.Throws<NoticeNumberFormatException>(() => NoticeNumber.Parse("301000000000000145"));

        Assert.Equal("CHECK_DIGITS_MISMATCH", exception.Code);
    }

    [Fact]
    public void TryParse_Should_AcceptAnotherValidNumber_When_TwoDigitsChangeByAMultipleOf93()
    {
        // What mod 93 cannot catch: base ...0001 → ...0094 adds exactly 93 to the checked number,
        // so the check digits (44) stay right. It is a different, equally valid notice number.
        Assert.True(NoticeNumber.TryParse("301000000000009444", out var other, out _));
        Assert.NotEqual(NoticeNumber.Create(1, 1), other);
        Assert.Equal(NoticeNumber.Create(1, 94), other);
    }

    [Theory]
    [InlineData(-1, 0L)]
    [InlineData(100, 0L)]
    [InlineData(1, -1L)]
    [InlineData(1, 10_000_000_000_000L)]
    public void Create_Should_Throw_When_TheSegregationCodeOrBaseIsOutOfRange(int segregationCode, long iuvBase)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeNumber.Create(segregationCode, iuvBase));
    }
}
