using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary><c>paymentNotice(nav:)</c>: a PSP's verification of a notice number.</summary>
[Collection(SharedPaymentsSubgraph.Name)]
public sealed class PaymentNoticeTests(PaymentsFixture fixture)
{
    private const string NoticeQuery = """
        query Notice($nav: String!) {
          paymentNotice(nav: $nav) { nav amount { cents } description dueDate status isPayable position { iupd companyName status } }
        }
        """;

    [Fact]
    public async Task PaymentNotice_Should_ReturnTheOptionWithItsPosition_When_TheNumberWasIssued()
    {
        var nav = await NavOfAsync(TestLedger.Instalments, 1);

        using var response = await fixture.Host.QueryAsync(NoticeQuery, new { nav });

        var notice = response.Data().GetProperty("paymentNotice");
        Assert.Equal(nav, notice.GetProperty("nav").GetString());
        Assert.Equal("Rata 1 di 2", notice.GetProperty("description").GetString());
        Assert.Equal(15_000, notice.Cents("amount"));
        Assert.True(notice.GetProperty("isPayable").GetBoolean());
        Assert.Equal(TestLedger.Instalments, notice.GetProperty("position").GetProperty("iupd").GetString());
    }

    [Fact]
    public async Task PaymentNotice_Should_IgnoreSpaces_When_TheNumberIsCopiedFromAPaperNotice()
    {
        var nav = await NavOfAsync(TestLedger.Overdue, 0);

        using var response = await fixture.Host.QueryAsync(NoticeQuery, new { nav = NoticeNumber.Parse(nav).Display });

        Assert.Equal(nav, response.Data().GetProperty("paymentNotice").GetProperty("nav").GetString());
    }

    [Theory]
    [InlineData("", "EMPTY")]
    [InlineData("3010000000000001", "INVALID_LENGTH")]
    [InlineData("30100000000000014A", "NOT_NUMERIC")]
    [InlineData("001000000000000144", "UNSUPPORTED_AUX_DIGIT")]
    [InlineData("301000000000000145", "CHECK_DIGITS_MISMATCH")]
    public async Task PaymentNotice_Should_FailWithInvalidNoticeNumber_When_TheNumberIsMalformed(string nav, string reason)
    {
        using var response = await fixture.Host.QueryAsync(NoticeQuery, new { nav });

        var error = response.SingleError();
        Assert.Equal("INVALID_NOTICE_NUMBER", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        Assert.True(response.RootElement.GetProperty("data").GetProperty("paymentNotice").IsNull());
    }

    [Fact]
    public async Task PaymentNotice_Should_FailWithInvalidNoticeNumber_When_ADigitOfAnIssuedNumberIsMistyped()
    {
        var nav = await NavOfAsync(TestLedger.Overdue, 0);
        var mistyped = nav[..10] + (char)('0' + ((nav[10] - '0' + 1) % 10)) + nav[11..];

        using var response = await fixture.Host.QueryAsync(NoticeQuery, new { nav = mistyped });

        var error = response.SingleError();
        Assert.Equal("INVALID_NOTICE_NUMBER", error.Extension("code"));
        Assert.Equal("CHECK_DIGITS_MISMATCH", error.Extension("reason"));
    }

    [Fact]
    public async Task PaymentNotice_Should_FailWithNoticeNotFound_When_AWellFormedNumberWasNeverIssued()
    {
        // IUV base 0000000000001: the seeder numbers every series from a year (2015000000001…).
        var unknown = NoticeNumber.Create(1, 1).Value;

        using var response = await fixture.Host.QueryAsync(NoticeQuery, new { nav = unknown });

        var error = response.SingleError();
        Assert.Equal("NOTICE_NOT_FOUND", error.Extension("code"));
        Assert.Contains(unknown, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> NavOfAsync(string iupd, int option)
    {
        using var response = await fixture.Host.QueryAsync("query($iupd: ID!) { paymentPosition(iupd: $iupd) { paymentOptions { nav } } }", new { iupd });
        return response.Data().GetProperty("paymentPosition").GetProperty("paymentOptions")[option].GetProperty("nav").GetString()!;
    }
}
