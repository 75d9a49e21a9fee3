using CsCheck;
using Fascicolo.Domain.Payments.Notices;

namespace Fascicolo.Domain.Payments.Tests;

/// <summary>
/// Properties of issued notice numbers. Mod 93 catches every single-digit change and every swap of
/// two different adjacent digits, anywhere in the eighteen (see <see cref="IuvCheckDigits"/>; a swap
/// across the base/check boundary changes the checked number by c − a and the check by 10(a − c),
/// which agree modulo 93 only when 11(c − a) ≡ 0, i.e. never for different digits).
/// </summary>
public sealed class NoticeNumberPropertyTests
{
    private static readonly Gen<NoticeNumber> Notices =
        Gen.Select(Gen.Int[0, NoticeNumber.MaxSegregationCode], Gen.Long[0, NoticeNumber.MaxIuvBase], NoticeNumber.Create);

    [Fact]
    public void Create_Should_IssueANumberThatValidates_When_GivenAnySegregationCodeAndBase()
    {
        Gen.Select(Gen.Int[0, NoticeNumber.MaxSegregationCode], Gen.Long[0, NoticeNumber.MaxIuvBase]).Sample((segregationCode, iuvBase) =>
        {
            var notice = NoticeNumber.Create(segregationCode, iuvBase);

            Assert.True(NoticeNumber.TryParse(notice.Value, out var parsed, out _));
            Assert.Equal(notice, parsed);
            Assert.Equal(NoticeNumber.Length, notice.Value.Length);
            Assert.Equal('3', notice.Value[0]);
            Assert.Equal(segregationCode, parsed.SegregationCode);
            Assert.Equal(iuvBase, long.Parse(parsed.IuvBase, System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void TryParse_Should_Reject_When_AnySingleDigitIsChanged()
    {
        Gen.Select(Notices, Gen.Int[0, NoticeNumber.Length - 1], Gen.Int[1, 9]).Sample((notice, position, shift) =>
        {
            var digits = notice.Value.ToCharArray();
            digits[position] = (char)('0' + ((digits[position] - '0' + shift) % 10));

            Assert.False(NoticeNumber.TryParse(new string(digits), out _, out _));
        });
    }

    [Fact]
    public void TryParse_Should_Reject_When_TwoDifferentAdjacentDigitsAreSwapped()
    {
        Gen.Select(Notices, Gen.Int[0, NoticeNumber.Length - 2]).Where((notice, position) => notice.Value[position] != notice.Value[position + 1])
            .Sample((notice, position) =>
            {
                var digits = notice.Value.ToCharArray();
                (digits[position], digits[position + 1]) = (digits[position + 1], digits[position]);

                Assert.False(NoticeNumber.TryParse(new string(digits), out _, out _));
            });
    }

    [Fact]
    public void Display_Should_ParseBackToTheSameNumber_When_SpacesAreKept()
    {
        Notices.Sample(notice => Assert.Equal(notice, NoticeNumber.Parse(notice.Display)));
    }
}
