// The subgraphs and the gateway that `up` runs, each on a fixed port so URLs stay stable as subgraphs are added.

public sealed record SubgraphDefinition(string Name, string Project, int Port)
{
    public string Assembly => $"{Project}/bin/{BuildConfiguration}/net10.0/{System.IO.Path.GetFileName(Project)}.dll";
    public string Database => "fascicolo_" + Name;
}

public static string BuildConfiguration = "Release";

/// <summary>The reference date of the synthetic city the seed command generates (CityOptions.ReferenceDate).</summary>
public const string CityReferenceDate = "2026-01-01";

/// <summary>The gateway, supervised like a subgraph (it has the same health endpoints).</summary>
public static SubgraphDefinition Gateway(int port) => new("gateway", "gateway/Fascicolo.Gateway", port);

/// <summary>The audit subgraph: its database is the access log every other subgraph appends to.</summary>
public const string AuditSubgraphName = "audit";

// The audit subgraph comes first: `up` seeds and starts in this order, and its seed creates the
// access log (schema and roles) that the others append to as soon as they serve.
public static SubgraphDefinition[] Subgraphs(int basePort) => new[]
{
    new SubgraphDefinition(AuditSubgraphName, "subgraphs/Fascicolo.Subgraphs.Audit", basePort + 9),
    new SubgraphDefinition("registry", "subgraphs/Fascicolo.Subgraphs.Registry", basePort + 1),
    new SubgraphDefinition("taxes", "subgraphs/Fascicolo.Subgraphs.Taxes", basePort + 2),
    new SubgraphDefinition("payments", "subgraphs/Fascicolo.Subgraphs.Payments", basePort + 3),
    new SubgraphDefinition("welfare", "subgraphs/Fascicolo.Subgraphs.Welfare", basePort + 4),
    new SubgraphDefinition("education", "subgraphs/Fascicolo.Subgraphs.Education", basePort + 5),
    new SubgraphDefinition("mobility", "subgraphs/Fascicolo.Subgraphs.Mobility", basePort + 6),
    new SubgraphDefinition("permits", "subgraphs/Fascicolo.Subgraphs.Permits", basePort + 7),
    new SubgraphDefinition("territory", "subgraphs/Fascicolo.Subgraphs.Territory", basePort + 8),
};
