using CsCheck;
using Fascicolo.Domain.Payments.Transfers;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class IbanTests
{
    // The Italian example IBAN of the banks' own documentation: CIN X, check digits 60.
    private const string Example = "IT60X0542811101000000123456";

    [Fact]
    public void Italian_Should_ComputeCinAndCheckDigits_When_GivenAbiCabAndAccount()
    {
        Assert.Equal(Example, Iban.Italian("05428", "11101", "000000123456"));
    }

    [Fact]
    public void IsValid_Should_AcceptTheExample_When_ItIsWellFormed()
    {
        Assert.True(Iban.IsValid(Example));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("IT61X0542811101000000123456")] // wrong check digits
    [InlineData("IT60Y0542811101000000123456")] // wrong CIN
    [InlineData("IT60X0542811101000000123457")] // a digit changed
    [InlineData("IT60X054281110100000012345")] // 26 characters
    [InlineData("it60x0542811101000000123456")] // lower case
    public void IsValid_Should_Reject_When_TheIbanIsMalformed(string? iban)
    {
        Assert.False(Iban.IsValid(iban));
    }

    [Fact]
    public void Italian_Should_ProduceValidIbans_When_GivenAnyAccount()
    {
        Gen.Select(Gen.Int[0, 99_999], Gen.Int[0, 99_999], Gen.Long[0, 999_999_999_999]).Sample((abi, cab, account) =>
        {
            var iban = Iban.Italian($"{abi:D5}", $"{cab:D5}", $"{account:D12}");

            Assert.True(Iban.IsValid(iban), iban);
            Assert.Equal(Iban.ItalianLength, iban.Length);
        });
    }

    [Fact]
    public void IsValid_Should_Reject_When_AnyDigitOfAnIbanIsChanged()
    {
        var ibans = Gen.Long[0, 999_999_999_999].Select(account => Iban.Italian("03069", "01400", $"{account:D12}"));
        Gen.Select(ibans, Gen.Int[5, Iban.ItalianLength - 1], Gen.Int[1, 9]).Sample((iban, position, shift) =>
        {
            var characters = iban.ToCharArray();
            characters[position] = (char)('0' + ((characters[position] - '0' + shift) % 10));

            Assert.False(Iban.IsValid(new string(characters)));
        });
    }
}
