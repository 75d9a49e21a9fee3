namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>Why a selection set is planned: it changes what may be read from where, and which response keys are used.</summary>
internal enum SelectionPurpose
{
    /// <summary>The client's selections, under their own response keys.</summary>
    Client,

    /// <summary>An entity key: external key fields, and fields overridden away, are still readable from their subgraph.</summary>
    Key,

    /// <summary>A <c>@requires</c> selection: read only where the field is really resolved.</summary>
    Requirement,
}
