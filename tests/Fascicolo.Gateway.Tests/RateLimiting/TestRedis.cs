using StackExchange.Redis;

namespace Fascicolo.Gateway.Tests.RateLimiting;

/// <summary>
/// The Redis the tests use, named by <c>FASCICOLO_TEST_REDIS</c> (a StackExchange.Redis configuration
/// string such as <c>127.0.0.1:56379</c>); <c>./build.sh test</c> starts a throwaway server and sets it.
/// Each test takes its own key prefix, so tests and runs never see each other's keys.
/// </summary>
internal static class TestRedis
{
    public const string EnvironmentVariable = "FASCICOLO_TEST_REDIS";

    /// <summary>The configuration string.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set: the message says how to set it.</exception>
    public static string Configuration =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configuration
            ? configuration
            : throw new InvalidOperationException($"Set {EnvironmentVariable} (e.g. 127.0.0.1:6379) or run ./build.sh test (it starts a throwaway Redis).");

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix() => $"test-{Guid.NewGuid():N}:";

    /// <summary>The gateway settings that put its stores in the test Redis under <paramref name="prefix"/>.</summary>
    public static Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["Redis:Configuration"] = Configuration,
        ["Redis:KeyPrefix"] = prefix,
    };

    /// <summary>A connection for looking at what the gateway wrote.</summary>
    public static Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration);
}
