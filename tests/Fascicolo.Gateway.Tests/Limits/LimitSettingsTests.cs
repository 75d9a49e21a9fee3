using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Limits;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Gateway.Tests.Limits;

/// <summary>Reading <c>Gateway:Limits</c>: defaults, values, weights by coordinate, and messages that name the setting.</summary>
public sealed class LimitSettingsTests
{
    [Fact]
    public void Read_Should_KeepTheDefaults_When_NothingIsConfigured()
    {
        Assert.Equal(new LimitSettings().ToString(), Read().ToString());
    }

    [Fact]
    public void Read_Should_TakeEveryValue_When_TheyAreConfigured()
    {
        var settings = Read(
            ("MaxDepth", "7"), ("MaxAliases", "0"), ("MaxRootFields", "3"), ("MaxTokens", "900"), ("MaxCost", "1000"),
            ("DefaultListSize", "25"), ("ScalarFieldCost", "0"), ("ObjectFieldCost", "5"), ("Costs:Citizen.socialFolder", "50"));

        Assert.Equal((7, 0, 3, 900, 1000, 25, 0, 5), (settings.MaxDepth, settings.MaxAliases, settings.MaxRootFields, settings.MaxTokens, settings.MaxCost, settings.DefaultListSize, settings.ScalarFieldCost, settings.ObjectFieldCost));
        Assert.Equal(50, settings.Costs["Citizen.socialFolder"]);
    }

    [Theory]
    [InlineData("MaxDepth", "-1", "Gateway:Limits:MaxDepth must be a whole number, 0 or more, not '-1'.")]
    [InlineData("MaxCost", "lots", "Gateway:Limits:MaxCost must be a whole number, 0 or more, not 'lots'.")]
    [InlineData("DefaultListSize", "0", "Gateway:Limits:DefaultListSize must be a positive whole number, not '0'.")]
    [InlineData("Costs:socialFolder", "3", "Gateway:Limits:Costs:socialFolder must name a field as Type.field.")]
    public void Read_Should_StopStartUpNamingTheSetting_When_AValueIsWrong(string key, string value, string message)
    {
        var exception = Assert.Throws<GatewayStartupException>(() => Read((key, value)));

        Assert.Equal(message, exception.Message);
    }

    private static LimitSettings Read(params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Gateway:Limits:" + v.Key, v.Value)))
            .Build();
        return GatewaySettings.Read(configuration).Limits;
    }
}
