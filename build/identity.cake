// Identity for `up` and `token`: the development issuer's key (tokens the local gateway accepts), the
// gateway's internal-token key (its public half goes to every subgraph as Trust:GatewayKey), and
// ready-made tokens for the demo personas and the staff personas.
using System.Text.Json.Nodes;

/// <summary>The key files of a local run, under .data/identity/.</summary>
public sealed record LocalIdentity(string DevelopmentKeyFile, string InternalKeyFile)
{
    /// <summary>The gateway's public key, which subgraphs check internal tokens with.</summary>
    public string InternalPublicKeyFile => InternalKeyFile + ".pub";

    /// <summary>What every subgraph needs to trust the gateway.</summary>
    public Dictionary<string, string> SubgraphEnvironment() => new()
    {
        ["Trust__GatewayKey"] = InternalPublicKeyFile,
    };

    /// <summary>What the gateway needs: our own graph always runs with identity on.</summary>
    public Dictionary<string, string> GatewayEnvironment() => new()
    {
        ["Identity__Required"] = "true",
        ["Identity__Development__Enabled"] = "true",
        ["Identity__Development__KeyFile"] = DevelopmentKeyFile,
        ["Trust__SigningKeyFile"] = InternalKeyFile,
    };
}

/// <summary>How long the tokens `up` writes into .data/up.json stay valid.</summary>
public const int UpTokenMinutes = 12 * 60;

/// <summary>The staff personas `up` mints tokens for (key, role, subject, ente, department, what to send).</summary>
public static readonly (string Key, string Role, string Subject, string Ente, string Department, string Note)[] StaffPersonas =
{
    ("operator", "operator", "operatore.sociale.01", "D969", "social", "an operator of Genova's social services: send a Fascicolo-Purpose header (e.g. 'Pratica 2026/0042: contributo affitto') with every request"),
    ("analyst", "analyst", "analista.01", null, null, "an analyst: aggregates only, no personal data"),
    ("service", "service", "fascicolo-service", null, null, "a machine client: every record, with a Fascicolo-Purpose header"),
};

/// <summary>Creates the two key pairs of a local run when missing (the gateway's `keys` command) and returns their files.</summary>
public LocalIdentity CreateLocalIdentity(string dataDirectory, SubgraphDefinition gateway)
{
    var identity = new LocalIdentity($"{dataDirectory}/identity/dev-issuer.pem", $"{dataDirectory}/identity/internal.pem");
    RunOrFail("dotnet", new[] { gateway.Assembly, "keys", "--dev-issuer", identity.DevelopmentKeyFile, "--internal", identity.InternalKeyFile });
    return identity;
}

/// <summary>A development token from the gateway's `token` command.</summary>
public string MintToken(SubgraphDefinition gateway, LocalIdentity identity, IEnumerable<string> arguments)
{
    var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in new[] { gateway.Assembly, "token", "--key-file", identity.DevelopmentKeyFile }.Concat(arguments)) info.ArgumentList.Add(argument);
    using var process = System.Diagnostics.Process.Start(info);
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new Exception($"token {string.Join(" ", arguments)} failed: {error.Result.Trim()}");
    return output.Result.Trim();
}

/// <summary>Adds a citizen token (SPID level 2) to each demo persona and returns the staff personas with theirs.</summary>
public JsonArray AddPersonaTokens(JsonArray personas, SubgraphDefinition gateway, LocalIdentity identity)
{
    foreach (var persona in personas)
    {
        var fiscalCode = persona!["fiscalCode"]!.GetValue<string>();
        persona["role"] = "citizen";
        persona["token"] = MintToken(gateway, identity, new[] { "--role", "citizen", "--fiscal-code", fiscalCode, "--loa", "2", "--minutes", UpTokenMinutes.ToString() });
    }
    var staff = new JsonArray();
    foreach (var (key, role, subject, ente, department, note) in StaffPersonas)
    {
        var arguments = new List<string> { "--role", role, "--subject", subject, "--minutes", UpTokenMinutes.ToString() };
        if (ente != null) arguments.AddRange(new[] { "--ente", ente, "--department", department });
        staff.Add(new JsonObject
        {
            ["key"] = key,
            ["role"] = role,
            ["subject"] = subject,
            ["ente"] = ente,
            ["department"] = department,
            ["note"] = note,
            ["token"] = MintToken(gateway, identity, arguments),
        });
    }
    return staff;
}
