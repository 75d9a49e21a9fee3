using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// The GraphiQL playground, bundled from npm at build time (see <c>GraphiQL/GraphiQL.targets</c>) and
/// embedded in the assembly: the page at <c>GET /graphql</c> for browsers, its script and style under
/// <see cref="Path"/>. Nothing is fetched from another origin.
/// </summary>
internal sealed class GraphiQLAssets
{
    /// <summary>Where the bundle is served.</summary>
    public const string Path = "/graphiql";

    private const string ResourcePrefix = "GraphiQL/";
    private readonly Asset _page;
    private readonly FrozenDictionary<string, Asset> _files;

    public GraphiQLAssets()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var fileName = name[ResourcePrefix.Length..];
            assets[fileName] = new Asset(copy.ToArray(), ContentTypeOf(fileName));
        }

        _page = assets.Remove("index.html", out var page)
            ? page
            : throw new InvalidOperationException("GraphiQL/index.html is not embedded: the GraphiQL bundle was not built.");
        _files = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The names served under <see cref="Path"/>.</summary>
    public IEnumerable<string> FileNames => _files.Keys;

    /// <summary>Writes the GraphiQL page.</summary>
    public Task WritePageAsync(HttpContext context)
    {
        // The page is tiny and names the bundle; revalidate it so a new build is picked up.
        context.Response.Headers.CacheControl = "no-cache";
        return WriteAsync(context, _page);
    }

    /// <summary>Serves <c>/graphiql/&lt;file&gt;</c> (a request mapped under <see cref="Path"/>).</summary>
    public Task ServeFileAsync(HttpContext context)
    {
        var name = context.Request.Path.Value?.TrimStart('/') ?? string.Empty;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        if (!_files.TryGetValue(name, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return WriteAsync(context, asset);
    }

    private static async Task WriteAsync(HttpContext context, Asset asset)
    {
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string ContentTypeOf(string fileName) => System.IO.Path.GetExtension(fileName) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private sealed class Asset(byte[] content, string contentType)
    {
        public byte[] Content { get; } = content;

        public string ContentType { get; } = contentType;

        public string ETag { get; } = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(content)[..8]) + "\"").ToString();
    }
}
