using Fascicolo.Subgraphs.Territory.RedZones;

namespace Fascicolo.Subgraphs.Territory.Tests;

/// <summary>Normalising Italian phone numbers to E.164, against worked examples.</summary>
public sealed class ItalianPhoneNumberTests
{
    [Theory]
    [InlineData("+393471234567", "+393471234567")]
    [InlineData("+39 347 123 4567", "+393471234567")]
    [InlineData("0039 347 1234567", "+393471234567")]
    [InlineData("347 123 4567", "+393471234567")]
    [InlineData("347-123.4567", "+393471234567")]
    [InlineData("(+39) 347/1234567", "+393471234567")]
    [InlineData("010 557 1111", "+390105571111")]
    [InlineData("+39 010 5571111", "+390105571111")]
    [InlineData("0185 123456", "+390185123456")]
    [InlineData("331 123456", "+39331123456")]
    [InlineData("06 1234", "+39061234")]
    public void TryNormalise_Should_GiveE164_When_TheNumberIsItalian(string input, string expected)
    {
        Assert.True(ItalianPhoneNumber.TryNormalise(input, out var e164, out _));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("", "EMPTY")]
    [InlineData("   ", "EMPTY")]
    [InlineData("+44 20 7946 0958", "NOT_ITALIAN")]
    [InlineData("+1 555 0100", "NOT_ITALIAN")]
    [InlineData("347 123 45A7", "INVALID_CHARACTERS")]
    [InlineData("+39 347 123 4567 int. 2", "INVALID_CHARACTERS")]
    [InlineData("800 123456", "UNKNOWN_PREFIX")]
    [InlineData("112", "UNKNOWN_PREFIX")]
    [InlineData("347 1234", "INVALID_LENGTH")]
    [InlineData("347 1234 56789", "INVALID_LENGTH")]
    [InlineData("01234", "INVALID_LENGTH")]
    [InlineData("+39", "INVALID_LENGTH")]
    [InlineData("0039 010 1234567 890123456789012345", "INVALID_LENGTH")]
    public void TryNormalise_Should_SayWhy_When_TheNumberCannotBeCalled(string input, string expected)
    {
        Assert.False(ItalianPhoneNumber.TryNormalise(input, out var e164, out var error));
        Assert.Equal(expected, ItalianPhoneNumber.ReasonCode(error));
        Assert.Equal(string.Empty, e164);
    }

    [Fact]
    public void ReasonCode_Should_BeScreamingCase_When_GivenEveryError() =>
        Assert.Equal(
            ["EMPTY", "INVALID_CHARACTERS", "NOT_ITALIAN", "UNKNOWN_PREFIX", "INVALID_LENGTH"],
            Enum.GetValues<PhoneNumberError>().Select(ItalianPhoneNumber.ReasonCode));
}
