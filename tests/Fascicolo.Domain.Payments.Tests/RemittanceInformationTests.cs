using Fascicolo.Domain.Payments.Transfers;

namespace Fascicolo.Domain.Payments.Tests;

public sealed class RemittanceInformationTests
{
    [Fact]
    public void Format_Should_WriteTheStructuredCausale_When_GivenIuvAmountAndText()
    {
        Assert.Equal(
            "/RFB/01000000000000144/105.07/TXT/TARI 2025 rata 1",
            RemittanceInformation.Format("01000000000000144", 10_507, " TARI 2025 rata 1 "));
    }

    [Fact]
    public void Format_Should_CutTheText_When_ItWouldExceed140Characters()
    {
        var text = RemittanceInformation.Format("01000000000000144", 5, new string('x', 200));

        Assert.Equal(RemittanceInformation.MaxLength, text.Length);
        Assert.StartsWith("/RFB/01000000000000144/0.05/TXT/xxx", text, StringComparison.Ordinal);
    }
}
