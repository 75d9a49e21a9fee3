using System.Text.Json;
using System.Text.Json.Nodes;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary>
/// The gateway with the development issuer and request signing on, over two subgraphs that trust only
/// it: <c>people</c> (a person by fiscal code, their name and wards, public weather) and <c>schools</c>
/// (a person's school, through <c>_entities</c>). Wards are looked up through <c>person.wards</c>.
/// </summary>
public sealed class IdentityGatewayFixture : IAsyncLifetime
{
    public const string Parent = "PRDGLI85D57D969T";
    public const string Pupil = "CNPMTT17E21D969F";
    public const string Stranger = "BRZMRC78S08D969N";

    /// <summary>A citizen whose wards lookup fails: the people subgraph answers it with an error.</summary>
    public const string Unlucky = "RPTSRA91B54D969U";
    public const string WardsQuery = "query Wards($subject: String!) { person(fiscalCode: $subject) { wards } }";

    public const string PeopleSdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@composeDirective"])
          @link(url: "https://fascicolo.dev/privacy/v1.0", import: ["@personalData"])
          @composeDirective(name: "@personalData")

        directive @personalData(category: String!) on FIELD_DEFINITION | OBJECT

        type Query {
          person(fiscalCode: String!): Person
          weather: String
        }

        type Person @key(fields: "fiscalCode") {
          fiscalCode: String!
          name: String @personalData(category: "common")
          wards: [String!]! @personalData(category: "common")
        }
        """;

    public const string SchoolsSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          schoolCount: Int
        }

        type Person @key(fields: "fiscalCode") {
          fiscalCode: String!
          school: String
        }
        """;

    private TrustingSubgraph? _people;
    private TrustingSubgraph? _schools;
    private GatewayHost? _gateway;

    internal TestIdentity Identity { get; } = new();

    internal TrustingSubgraph People => _people ?? throw new InvalidOperationException("Not started.");

    internal TrustingSubgraph Schools => _schools ?? throw new InvalidOperationException("Not started.");

    internal GatewayHost Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    /// <summary>The supergraph of the two subgraphs (URLs of the running stubs).</summary>
    internal string SupergraphFile { get; } = Path.Combine(Path.GetTempPath(), $"identity-{Guid.NewGuid():N}.graphql");

    public async Task InitializeAsync()
    {
        _people = await TrustingSubgraph.StartAsync("people", Identity.InternalPublicKey, AnswerPeople);
        _schools = await TrustingSubgraph.StartAsync("schools", Identity.InternalPublicKey, AnswerSchools);
        await WriteSupergraphAsync(SupergraphFile, _people.Url, _schools.Url);
        var settings = Identity.GatewaySettings();
        settings["Identity:Wards:Query"] = WardsQuery;
        settings["Identity:Wards:Path"] = "person.wards";
        _gateway = await GatewayHost.StartAsync(SupergraphFile, settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _gateway, _people, _schools })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        Identity.Dispose();
        File.Delete(SupergraphFile);
    }

    /// <summary>Composes the two subgraphs, pointing at <paramref name="people"/> and <paramref name="schools"/>.</summary>
    internal static async Task WriteSupergraphAsync(string file, Uri people, Uri schools)
    {
        var composition = SupergraphComposer.Compose([new SubgraphSource("people", PeopleSdl, people), new SubgraphSource("schools", SchoolsSdl, schools)]);
        Assert.True(composition.IsSuccess, string.Join('\n', composition.Errors));
        await File.WriteAllTextAsync(file, SupergraphPrinter.Print(composition.Supergraph!));
    }

    /// <summary>
    /// The people subgraph: <c>weather</c>, and a person by the request's first variable with the fields
    /// the query asks for. The name says who asked, so a test can tell whose answer a caller got.
    /// </summary>
    internal static string AnswerPeople(JsonElement request, Caller? caller)
    {
        var query = request.GetProperty("query").GetString()!;
        if (query.Contains("weather", StringComparison.Ordinal))
        {
            return """{"data":{"weather":"sunny"}}""";
        }

        var fiscalCode = request.GetProperty("variables").EnumerateObject().First().Value.GetString()!;
        var person = new JsonObject { ["__typename"] = "Person", ["fiscalCode"] = fiscalCode };
        if (query.Contains("name", StringComparison.Ordinal))
        {
            person["name"] = $"{fiscalCode} as seen by {caller?.Role}:{caller?.Subject}";
        }

        if (query.Contains("wards", StringComparison.Ordinal) && fiscalCode == Unlucky)
        {
            return """{"data":{"person":null},"errors":[{"message":"The registry is down.","path":["person"]}]}""";
        }

        if (query.Contains("wards", StringComparison.Ordinal))
        {
            person["wards"] = fiscalCode == Parent ? new JsonArray(Pupil) : new JsonArray();
        }

        return new JsonObject { ["data"] = new JsonObject { ["person"] = person } }.ToJsonString();
    }

    /// <summary>The schools subgraph: three schools, and every person it is asked about goes to "Scuola Pascoli".</summary>
    internal static string AnswerSchools(JsonElement request, Caller? caller)
    {
        if (!request.TryGetProperty("variables", out var variables) || !variables.TryGetProperty("representations", out _))
        {
            return """{"data":{"schoolCount":3}}""";
        }

        var entities = new JsonArray();
        foreach (var representation in request.GetProperty("variables").GetProperty("representations").EnumerateArray())
        {
            entities.Add(new JsonObject { ["__typename"] = "Person", ["fiscalCode"] = representation.GetProperty("fiscalCode").GetString(), ["school"] = "Scuola Pascoli" });
        }

        return new JsonObject { ["data"] = new JsonObject { ["_entities"] = entities } }.ToJsonString();
    }
}
