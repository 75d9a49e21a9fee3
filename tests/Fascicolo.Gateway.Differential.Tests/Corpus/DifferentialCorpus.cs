namespace Fascicolo.Gateway.Differential.Tests.Corpus;

/// <summary>
/// The operations sent through our gateway and through Hive Gateway, over the benchmark graph. The
/// cases are grouped by what they exercise, one partial file per group.
/// </summary>
public static partial class DifferentialCorpus
{
    /// <summary>Every case, in a stable order.</summary>
    public static IReadOnlyList<DifferentialCase> All { get; } = [.. RootFields, .. EntityHops, .. Shapes, .. Directives, .. Errors, .. Syntax, .. Validation, .. VariableValues, .. OperationSelection];

    /// <summary>The case names, as theory data: each case is its own named test.</summary>
    public static TheoryData<string> Names { get; } = [.. All.Select(c => c.Name)];

    /// <summary>The case named <paramref name="name"/>.</summary>
    /// <param name="name">A case name.</param>
    /// <returns>The case.</returns>
    public static DifferentialCase Get(string name) => All.Single(c => c.Name == name);
}
