namespace Fascicolo.Gateway.Composition;

/// <summary>The kind of a named type of the supergraph (its kind in the API schema).</summary>
// "Object" is the GraphQL name of the kind; renaming it to dodge CA1720 would only confuse readers.
#pragma warning disable CA1720
public enum SupergraphTypeKind
{
    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type (possibly an <c>@interfaceObject</c> in some subgraphs, see <see cref="TypeMembership.IsInterfaceObject"/>).</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A custom scalar (built-in scalars are not part of <see cref="Supergraph.Types"/>).</summary>
    Scalar,
}
#pragma warning restore CA1720
