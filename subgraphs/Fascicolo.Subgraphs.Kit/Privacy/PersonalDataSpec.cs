namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Fascicolo's privacy specification, linked by subgraphs with
/// <c>@link(url: "https://fascicolo.dev/privacy/v1.0", import: ["@personalData"])</c> and exported
/// through <c>@composeDirective</c>, so that the directive survives composition into the supergraph
/// where the gateway (authorization, audit) reads it.
/// </summary>
public static class PersonalDataSpec
{
    /// <summary>The specification's URL, versioned as the <c>@link</c> specification requires.</summary>
    public const string Url = "https://fascicolo.dev/privacy/v1.0";

    /// <summary>The directive's name, without <c>@</c>.</summary>
    public const string DirectiveName = "personalData";

    /// <summary>The directive's only argument.</summary>
    public const string CategoryArgument = "category";
}
