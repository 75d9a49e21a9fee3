namespace Fascicolo.Gateway.Composition;

/// <summary>One composition rule: a stable code, the phase it belongs to, and its check.</summary>
internal interface ICompositionRule
{
    /// <summary>The stable <c>SCREAMING_CODE</c> of the errors it reports.</summary>
    string Code { get; }

    /// <summary>When it runs.</summary>
    CompositionPhase Phase { get; }

    /// <summary>Checks the graph and reports what is wrong through <see cref="CompositionContext.Report"/>.</summary>
    void Validate(CompositionContext context);
}
