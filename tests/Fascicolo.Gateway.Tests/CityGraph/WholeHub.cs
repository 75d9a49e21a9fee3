namespace Fascicolo.Gateway.Tests.CityGraph;

/// <summary>The test classes sharing one <see cref="CityGatewayFixture"/>: the whole hub starts once.</summary>
[CollectionDefinition(Name)]
public sealed class WholeHub : ICollectionFixture<CityGatewayFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "City graph";
}
