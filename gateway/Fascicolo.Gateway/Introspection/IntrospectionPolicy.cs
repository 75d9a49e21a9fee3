using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Introspection;

/// <summary>
/// Which roles may introspect the API schema (<c>Gateway:Introspection:&lt;role&gt;</c> = true/false). By
/// default every role may in Development; in any other environment citizens may not (the citizen app is
/// generated from the checked-in schema and needs none), nor may anonymous callers when an issuer is
/// configured (whoever may introspect can sign in), while operators, analysts and services keep it for
/// their tools. A gateway with no issuer serves everyone anonymously, so there anonymous callers keep
/// introspection, as before identity existed. <c>__typename</c> is not introspection and is always allowed.
/// </summary>
internal sealed class IntrospectionPolicy
{
    /// <summary>The error code of a refused introspection query.</summary>
    public const string DisabledCode = "INTROSPECTION_DISABLED";

    /// <summary>The configuration section, under <c>Gateway</c>.</summary>
    public const string SectionName = "Introspection";

    private static readonly string[] Roles = [CallerRoles.Anonymous, CallerRoles.Citizen, CallerRoles.Operator, CallerRoles.Analyst, CallerRoles.Service];

    private readonly Dictionary<string, bool> _allowed;

    /// <param name="allowed">Whether each role may introspect; a role missing from it may not.</param>
    public IntrospectionPolicy(IReadOnlyDictionary<string, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        _allowed = new Dictionary<string, bool>(allowed, StringComparer.Ordinal);
    }

    /// <summary>Reads <c>Gateway:Introspection:&lt;role&gt;</c> over the environment's defaults.</summary>
    /// <exception cref="GatewayStartupException">A key is not a role, or a value is not true or false.</exception>
    /// <param name="configuration">The gateway's configuration.</param>
    /// <param name="isDevelopment">True in the Development environment.</param>
    /// <param name="anyIssuer">True when at least one token issuer is configured.</param>
    public static IntrospectionPolicy Read(IConfiguration configuration, bool isDevelopment, bool anyIssuer)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var allowed = Roles.ToDictionary(role => role, role => isDevelopment || role switch
        {
            CallerRoles.Citizen => false,
            CallerRoles.Anonymous => !anyIssuer,
            _ => true,
        }, StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(GatewaySettings.SectionName).GetSection(SectionName).GetChildren())
        {
            var role = child.Key.ToLowerInvariant();
            if (!CallerRoles.IsKnown(role))
            {
                throw new GatewayStartupException($"Gateway:Introspection:{child.Key} names no role; the roles are {string.Join(", ", Roles)}.");
            }

            allowed[role] = bool.TryParse(child.Value, out var value)
                ? value
                : throw new GatewayStartupException($"Gateway:Introspection:{child.Key} must be true or false, not '{child.Value}'.");
        }

        return new IntrospectionPolicy(allowed);
    }

    /// <summary>Whether a caller of <paramref name="role"/> may run <c>__schema</c> and <c>__type</c>.</summary>
    public bool Allows(string role) => _allowed.GetValueOrDefault(role);

    /// <summary>The refusal for a caller of <paramref name="role"/>.</summary>
    public static GraphQLError Refusal(string role) =>
        new($"Introspection is disabled for the {role} role.", DisabledCode);
}
