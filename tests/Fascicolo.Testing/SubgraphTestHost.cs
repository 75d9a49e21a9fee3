using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
/// <c>http://127.0.0.1:0</c> (a free port) against a fresh PostgreSQL database. Disposing stops the
/// application and drops the database.
/// </summary>
public sealed class SubgraphTestHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private SubgraphTestHost(WebApplication app, TestDatabase database, bool ownsDatabase, Uri baseAddress)
    {
        App = app;
        Database = database;
        _ownsDatabase = ownsDatabase;
        BaseAddress = baseAddress;
        GraphQLEndpoint = new Uri(baseAddress, GraphQLHttpEndpoint.Path);
        HttpClient = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>The subgraph's database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The <c>/graphql</c> address.</summary>
    public Uri GraphQLEndpoint { get; }

    /// <summary>A client whose base address is <see cref="BaseAddress"/>.</summary>
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
            app = SubgraphApplication.Build([], module, builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    [module.ConnectionStringKey] = database.ConnectionString,
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
            return new SubgraphTestHost(app, database, options.Database is null, new Uri(app.Urls.First()));
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
    public async Task<JsonDocument> QueryAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
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
        HttpClient.Dispose();
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (_ownsDatabase)
        {
            await Database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task SeedAsync(IServiceProvider services, SubgraphModule module, SeedOptions options, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        var exitCode = await SeedCommand.RunAsync(services, module, options, output, output, new ConsoleSeedProgress(TextWriter.Null, interactive: false), cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Seeding {module.Name} failed:\n{output}");
        }
    }
}
