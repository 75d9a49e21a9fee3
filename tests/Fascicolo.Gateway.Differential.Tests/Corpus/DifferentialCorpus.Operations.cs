namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>
/// Choosing the operation to run, and operation types the graph has no root for. The peers word these
/// differently (Hive Gateway: "Could not determine what operation to execute."; Apollo Gateway: graphql-js's
/// "Unknown operation named …"), so only what they agree on is compared: that there are errors and no data.
/// </summary>
public static partial class DifferentialCorpus
{
    private static DifferentialCase[] OperationSelection =>
    [
        new("operation-unknown-name", "query A { me { id } }", ExpectsErrors: true) { OperationName = "B" },
        new("operation-name-missing", "query A { me { id } } query B { me { name } }", ExpectsErrors: true),
        new("operation-subscription-without-root", "subscription { me { id } }", ExpectsErrors: true),
        new("operation-mutation-without-root", "mutation { me { id } }", ExpectsErrors: true),
    ];
}
