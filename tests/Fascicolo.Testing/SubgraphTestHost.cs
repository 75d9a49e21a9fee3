using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Fascicolo.Testing;

/// <summary>How <see cref="SubgraphTestHost.StartAsync"/> sets up a subgraph.</summary>
public sealed class SubgraphTestHostOptions
{
    /// <summary>Seed the database with this many residents (through the module's seeder) after start; <see langword="null"/>: no seed.</summary>
    public int? SeedResidents { get; init; }

    /// <summary>The generator seed when seeding.</summary>
    public ulong Seed { get; init; } = SeedOptions.DefaultSeed;

    /// <summary>An existing database to use (not dropped on dispose); <see langword="null"/>: a fresh one.</summary>
    public TestDatabase? Database { get; init; }

    /// <summary>Extra configuration of the application, applied after the host's own.</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}

/// <summary>
/// A subgraph served by <see cref="SubgraphApplication.Build"/> on real Kestrel at
/// <c>http://127.0.0.1:0</c> (a free port) against a fresh PostgreSQL database. It trusts the process's
/// test gateway key (<see cref="TestGatewayKeys"/>) and appends to the process's access log
/// (<see cref="TestAccessLog"/>). Disposing stops the application and drops the database.
/// </summary>
/// <remarks>
/// Like the gateway, <see cref="HttpClient"/> signs every request with a fresh internal token, as
/// <see cref="DefaultCaller"/> unless the request names another caller (<see cref="SendAs"/>) or
/// carries its own <c>Authorization</c> header; <see cref="CreateClient"/> gives clients of other callers.
/// </remarks>
public sealed class SubgraphTestHost : IAsyncDisposable
{
    /// <summary>
    /// Who the requests of <see cref="HttpClient"/> are sent as by default: a service with the purpose
    /// <c>test</c>, which may read every record (each request gets a fresh request id).
    /// </summary>
    public static readonly Caller DefaultCaller = new(CallerRoles.Service, "fascicolo-tests", null, null, 0, TestCallers.Purpose, "fascicolo-tests", []);

    private static readonly HttpRequestOptionsKey<Box> CallerOption = new("fascicolo.caller");

    private static readonly ConcurrentDictionary<string, SubgraphTestHost> Running = new(StringComparer.Ordinal);

    private readonly bool _ownsDatabase;

    private SubgraphTestHost(WebApplication app, SubgraphModule module, TestDatabase database, bool ownsDatabase, Uri baseAddress)
    {
        App = app;
        Module = module;
        Database = database;
        _ownsDatabase = ownsDatabase;
        BaseAddress = baseAddress;
        GraphQLEndpoint = new Uri(baseAddress, GraphQLHttpEndpoint.Path);
        HttpClient = new HttpClient(new InternalTokenSigningHandler(module.Name, CallerOf) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Running[GraphQLEndpoint.AbsoluteUri] = this;
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>The subgraph under test.</summary>
    public SubgraphModule Module { get; }

    /// <summary>The subgraph's database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The <c>/graphql</c> address.</summary>
    public Uri GraphQLEndpoint { get; }

    /// <summary>A client whose base address is <see cref="BaseAddress"/>, signing every request (see the remarks of the class).</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Starts <paramref name="module"/> on Kestrel with a fresh database, migrated and optionally seeded.</summary>
    /// <param name="module">The subgraph.</param>
    /// <param name="options">Seeding, database and configuration choices.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started host.</returns>
    public static async Task<SubgraphTestHost> StartAsync(SubgraphModule module, SubgraphTestHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        options ??= new SubgraphTestHostOptions();
        var database = options.Database ?? await PostgresServer.FromEnvironment().CreateDatabaseAsync(module.Name, cancellationToken).ConfigureAwait(false);
        WebApplication? app = null;
        try
        {
            var accessLog = await TestAccessLog.WriterConnectionStringAsync().ConfigureAwait(false);
            app = SubgraphApplication.Build([], module, builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    [module.ConnectionStringKey] = database.ConnectionString,
                    [SubgraphTrustSettings.GatewayKey] = TestGatewayKeys.PublicKeyPem,
                    [SubgraphAccessLog.ConnectionStringKey] = accessLog,
                    // Tests read assertions, not logs: warnings and errors only.
                    ["Logging:LogLevel:Default"] = "Warning",
                });
                options.Configure?.Invoke(builder);
            });
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            if (options.SeedResidents is { } residents)
            {
                await SeedAsync(app.Services, module, new SeedOptions(residents, options.Seed), cancellationToken).ConfigureAwait(false);
            }
            return new SubgraphTestHost(app, module, database, options.Database is null, new Uri(app.Urls.First()));
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }
            if (options.Database is null)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }
            throw;
        }
    }

    /// <summary>POSTs a query (accepting <c>application/graphql-response+json</c>) and returns the response body, whatever its status.</summary>
    /// <param name="query">The GraphQL document.</param>
    /// <param name="variables">The variables (serialised with System.Text.Json), if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The parsed response body.</returns>
    public Task<JsonDocument> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default) =>
        SendQueryAsync(query, variables, null, cancellationToken);

    /// <summary>Like <see cref="QueryAsync(string, object?, CancellationToken)"/>, as <paramref name="caller"/>.</summary>
    /// <param name="query">The GraphQL document.</param>
    /// <param name="variables">The variables, if any.</param>
    /// <param name="caller">Who the internal token names; null sends no token.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The parsed response body.</returns>
    public Task<JsonDocument> QueryAsync(string query, object? variables, Caller? caller, CancellationToken cancellationToken = default) =>
        SendQueryAsync(query, variables, new Box(caller), cancellationToken);

    /// <summary>A client that signs every request as <paramref name="caller"/> (null: sends no token); dispose it.</summary>
    /// <param name="caller">Who the internal tokens name.</param>
    /// <returns>The client, based at <see cref="BaseAddress"/>.</returns>
    public HttpClient CreateClient(Caller? caller) =>
        new(new InternalTokenSigningHandler(Module.Name, _ => caller) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>An internal token for this subgraph, as the gateway would mint it (for forged and replayed requests).</summary>
    /// <param name="caller">Who the token names.</param>
    /// <param name="signedBytes">The body it is bound to (POST), or the raw query string with its <c>?</c> (GET).</param>
    /// <returns>The compact JWT.</returns>
    public string MintToken(Caller caller, ReadOnlySpan<byte> signedBytes) => TestGatewayKeys.Mint(caller, Module.Name, signedBytes);

    /// <summary>Like <see cref="MintToken(Caller, ReadOnlySpan{byte})"/> for a text body (UTF-8).</summary>
    /// <param name="caller">Who the token names.</param>
    /// <param name="signedText">The body or raw query string.</param>
    /// <returns>The compact JWT.</returns>
    public string MintToken(Caller caller, string signedText) => MintToken(caller, Encoding.UTF8.GetBytes(signedText));

    /// <summary>
    /// A <see cref="SigningProxy"/> in front of this subgraph, signing as a fresh <see cref="DefaultCaller"/>
    /// (for tools that call a URL and cannot sign, such as the <c>graphql-http</c> audit); dispose it.
    /// </summary>
    /// <returns>The started proxy; its <see cref="SigningProxy.Url"/> stands for <see cref="GraphQLEndpoint"/>.</returns>
    public Task<SigningProxy> StartSigningProxyAsync() =>
        SigningProxy.StartAsync(GraphQLEndpoint, Module.Name, () => DefaultCaller with { RequestId = TestCallers.NewRequestId() });

    /// <summary>The running host serving <paramref name="graphQLEndpoint"/>, if any in this process.</summary>
    /// <param name="graphQLEndpoint">A <see cref="GraphQLEndpoint"/>.</param>
    /// <param name="host">The host.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(Uri graphQLEndpoint, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubgraphTestHost? host)
    {
        ArgumentNullException.ThrowIfNull(graphQLEndpoint);
        return Running.TryGetValue(graphQLEndpoint.AbsoluteUri, out host);
    }

    private async Task<JsonDocument> SendQueryAsync(string query, object? variables, Box? caller, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (caller is not null)
        {
            request.Options.Set(CallerOption, caller);
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLMediaTypes.GraphQLResponse));
        using var response = await HttpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The subgraph's SDL, as it answers <c>{ _service { sdl } }</c>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The SDL.</returns>
    /// <exception cref="InvalidOperationException">The response has errors.</exception>
    public async Task<string> QueryServiceSdlAsync(CancellationToken cancellationToken = default)
    {
        using var response = await QueryAsync("{ _service { sdl } }", cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = response.RootElement;
        return root.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException($"Unexpected errors: {errors}")
            : root.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    /// <summary>Stops the application and drops the database (unless it was given in the options).</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        Running.TryRemove(GraphQLEndpoint.AbsoluteUri, out _);
        HttpClient.Dispose();
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (_ownsDatabase)
        {
            await Database.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Makes <see cref="HttpClient"/> send <paramref name="request"/> as <paramref name="caller"/> (null: with no token at all).</summary>
    /// <param name="request">The request.</param>
    /// <param name="caller">Who its internal token names.</param>
    public static void SendAs(HttpRequestMessage request, Caller? caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(CallerOption, new Box(caller));
    }

    private static Caller? CallerOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(CallerOption, out var chosen) ? chosen.Caller : DefaultCaller with { RequestId = TestCallers.NewRequestId() };

    private static async Task SeedAsync(IServiceProvider services, SubgraphModule module, SeedOptions options, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        var exitCode = await SeedCommand.RunAsync(services, module, options, output, output, new ConsoleSeedProgress(TextWriter.Null, interactive: false), cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Seeding {module.Name} failed:\n{output}");
        }
    }

    /// <summary>Tells "send as nobody" (a null caller) from "send as the default caller" (no box).</summary>
    private sealed record Box(Caller? Caller);
}
