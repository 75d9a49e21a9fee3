namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>One hostile request: who sends what where, and how it must be answered.</summary>
/// <param name="Number">Its place in the generated battery.</param>
/// <param name="Family">The kind of attempt (e.g. <c>aliases</c>, <c>entity-root</c>, <c>subgraph-forged-token</c>).</param>
/// <param name="Attacker">Who sends it.</param>
/// <param name="Victim">Whose data it is after (for the report).</param>
/// <param name="Target"><see cref="GatewayTarget"/>, or the name of the subgraph it is sent straight to.</param>
/// <param name="Body">The exact request body (JSON).</param>
/// <param name="Token">The credentials it carries (a token of the attacker's, or a stolen, forged or twisted one).</param>
/// <param name="Expected">The answer it must get.</param>
/// <param name="AsGet">True to send it to the gateway as a GET, the body's members as query parameters.</param>
/// <param name="RoleRestricted">True when it asks for a field only some roles may call (the registry's search): ROLE_NOT_ALLOWED is then a right answer for anyone.</param>
internal sealed record HostileCase(int Number, string Family, Attacker Attacker, string Victim, string Target, string Body, Credential Token, Expected Expected, bool AsGet = false, bool RoleRestricted = false)
{
    /// <summary>The refusal reasons this request may meet.</summary>
    public IReadOnlySet<string> Reasons => RoleRestricted
        ? new HashSet<string>(Attacker.Reasons.Append(Subgraphs.Kit.AccessRefusalReasons.RoleNotAllowed), StringComparer.Ordinal)
        : Attacker.Reasons;

    /// <summary>The <see cref="Target"/> of requests sent to the gateway.</summary>
    public const string GatewayTarget = "gateway";

    /// <summary>Whether the request goes to the gateway.</summary>
    public bool ToGateway => Target == GatewayTarget;

    /// <summary>Whether the caller is the attacker as named by their token (not a stolen, forged or absent token).</summary>
    public bool SentAsAttacker => Token is Credential.Gateway or Credential.GatewaySubjectIsVictim or Credential.SignedForAttacker;
}

/// <summary>The credentials a hostile request carries: at the gateway, a development-issuer token; at a subgraph, an internal token or none.</summary>
internal enum Credential
{
    /// <summary>Sent through the gateway: the attacker's development-issuer token, if any.</summary>
    Gateway,

    /// <summary>Sent through the gateway with a citizen token whose <c>sub</c> is the victim's code and whose fiscal number is the attacker's.</summary>
    GatewaySubjectIsVictim,

    /// <summary>Sent through the gateway with a citizen token whose <c>sub</c> is the victim's code and that carries no fiscal number.</summary>
    GatewayWithoutFiscalNumber,

    /// <summary>No <c>Authorization</c> header.</summary>
    None,

    /// <summary>An internal token naming a service with a purpose, signed with a key the subgraph does not trust.</summary>
    ForgedKey,

    /// <summary>A genuine internal token of a service with a purpose, already used once for this very body.</summary>
    Replayed,

    /// <summary>A genuine internal token of a service with a purpose, minted for another body.</summary>
    OtherBody,

    /// <summary>A genuine internal token of a service with a purpose, minted for another subgraph.</summary>
    OtherAudience,

    /// <summary>A genuine internal token of a service with a purpose that expired.</summary>
    Expired,

    /// <summary>The attacker's own end-user token (development issuer), presented to the subgraph.</summary>
    EndUserToken,

    /// <summary>A genuine internal token naming the attacker, for this subgraph and body (a confused deputy): the subgraph's own rules must refuse.</summary>
    SignedForAttacker,
}

/// <summary>The answer a hostile request must get.</summary>
internal enum Expected
{
    /// <summary>200; the personal fields null, each with a FORBIDDEN error whose reason is one the attacker may meet, and at least one such error.</summary>
    FieldRefusals,

    /// <summary>200 or a coded refusal; no foreign value and only FORBIDDEN errors of the attacker's reasons, but nothing need be refused (an unknown, omocodic or mangled code finds nobody).</summary>
    NoForeignData,

    /// <summary>401 <c>UNAUTHENTICATED</c> with <c>WWW-Authenticate</c>, no data.</summary>
    Unauthenticated,

    /// <summary>400 <c>GRAPHQL_VALIDATION_FAILED</c>, no data (<c>_entities</c> is not part of the graph's API).</summary>
    ValidationFailed,

    /// <summary>400 <c>BATCHING_NOT_SUPPORTED</c>, no data.</summary>
    BatchingNotSupported,
}
