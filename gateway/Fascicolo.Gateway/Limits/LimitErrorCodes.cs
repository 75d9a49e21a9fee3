namespace Fascicolo.Gateway.Limits;

/// <summary>
/// The <c>extensions.code</c> of an operation refused by a limit: one code per limit, so a client (or an
/// alert) can tell which bound it crossed. Each comes with HTTP 400 under
/// <c>application/graphql-response+json</c>, before anything is planned or fetched.
/// </summary>
internal static class LimitErrorCodes
{
    /// <summary>The document has more lexical tokens than <c>Gateway:Limits:MaxTokens</c> (it was not parsed).</summary>
    public const string TokenLimitExceeded = "TOKEN_LIMIT_EXCEEDED";

    /// <summary>Fields nest deeper than <c>Gateway:Limits:MaxDepth</c>.</summary>
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";

    /// <summary>More aliased fields than <c>Gateway:Limits:MaxAliases</c>.</summary>
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";

    /// <summary>More root fields than <c>Gateway:Limits:MaxRootFields</c>.</summary>
    public const string RootFieldLimitExceeded = "ROOT_FIELD_LIMIT_EXCEEDED";

    /// <summary>The estimated cost is above <c>Gateway:Limits:MaxCost</c>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
}
