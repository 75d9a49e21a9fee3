using Fascicolo.Gateway.Documents;

namespace Fascicolo.Gateway.Tests.Support;

/// <summary>Assertions on the gateway's errors, with locations written as <c>"line:column line:column"</c>.</summary>
internal static class ErrorAssert
{
    /// <summary>Asserts that one of <paramref name="errors"/> has the message, the code and exactly those locations.</summary>
    public static void Contains(IReadOnlyList<GraphQLError> errors, string message, string locations, string code)
    {
        var expected = $"{message} @ {locations} [{code}]";
        var actual = errors.Select(Describe).ToList();
        Assert.True(actual.Contains(expected), $"Expected: {expected}\nActual:\n{string.Join("\n", actual)}");
    }

    /// <summary>Asserts the exact list of messages, in order.</summary>
    public static void Messages(IReadOnlyList<GraphQLError> errors, params string[] messages) =>
        Assert.Equal(messages, errors.Select(e => e.Message));

    /// <summary>Asserts the exact list of errors, in order, each written as <c>"message @ line:column [CODE]"</c>.</summary>
    public static void Exactly(IReadOnlyList<GraphQLError> errors, params string[] described) =>
        Assert.Equal(described, errors.Select(Describe));

    private static string Describe(GraphQLError error) =>
        $"{error.Message} @ {string.Join(' ', (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))} [{error.Code}]";
}
