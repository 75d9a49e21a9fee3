namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class SeedOptionsTests
{
    [Fact]
    public void SeedOptions_Should_ParseEveryOption_When_Given()
    {
        Assert.True(SeedOptions.TryParse(["--residents", "500", "--seed", "42", "--reset", "--report", "r.json", "--ConnectionStrings:registry=Host=x"], out var options, out var configuration, out _));

        Assert.Equal(new SeedOptions(500, 42, true, "r.json"), options);
        Assert.Equal(["--ConnectionStrings:registry=Host=x"], configuration);
    }

    [Fact]
    public void SeedOptions_Should_UseDefaults_When_NoOptionIsGiven()
    {
        Assert.True(SeedOptions.TryParse([], out var options, out _, out _));

        Assert.Equal(new SeedOptions(2000, 20261126UL, false, null), options);
    }

    [Theory]
    [InlineData("--residents", "0")]
    [InlineData("--seed", "-1")]
    [InlineData("--residents")]
    [InlineData("--bogus")]
    public void SeedOptions_Should_Reject_When_ArgumentsAreInvalid(params string[] args)
    {
        Assert.False(SeedOptions.TryParse(args, out _, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void ConsoleSeedProgress_Should_PrintEveryTenPercentAndTheEnd_When_NotATerminal()
    {
        using var output = new StringWriter();
        var progress = new ConsoleSeedProgress(output, interactive: false);

        Parallel.For(0, 1001, i => progress.Report("people", i, 1000));
        progress.Report("people", 1000, 1000);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 2, 11);
        Assert.Contains(lines, line => line.Trim() == "people: 1,000/1,000 (100%)");
    }

    [Fact]
    public void ConsoleSeedProgress_Should_RedrawOneLine_When_ATerminal()
    {
        using var output = new StringWriter();
        var progress = new ConsoleSeedProgress(output, interactive: true);

        for (var i = 0; i <= 100; i++)
        {
            progress.Report("people", i, 100);
        }

        var text = output.ToString();
        Assert.StartsWith("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("100/100   " + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
