using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// The built-in directives introspection lists, as graphql-js 16 defines them and both reference gateways
/// (Hive Gateway, Apollo Gateway) answer: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>
/// and <c>@oneOf</c>, in that order, with graphql-js's descriptions. GraphQL.NET 8 has the first three with
/// other wordings and lacks the last two.
/// </summary>
internal static class BuiltInDirectives
{
    /// <summary>
    /// Where <c>@deprecated</c> may stand, in graphql-js's order. <c>DIRECTIVE_DEFINITION</c> is graphql-js 16's
    /// experimental directive deprecation, not in the spec; both peers list it, so we do too.
    /// </summary>
    private static readonly DirectiveLocation[] DeprecatedLocations =
    [
        DirectiveLocation.FieldDefinition,
        DirectiveLocation.ArgumentDefinition,
        DirectiveLocation.InputFieldDefinition,
        DirectiveLocation.EnumValue,
        IntrospectionTypes.DirectiveDefinition,
    ];

    /// <summary>Rewords GraphQL.NET's built-ins and registers <c>@specifiedBy</c> and <c>@oneOf</c> after them.</summary>
    /// <remarks>
    /// Called before the schema's SDL directives are registered, so the built-ins stay first whatever the
    /// supergraph declares. The supergraph's own declarations of <c>@specifiedBy</c> and <c>@oneOf</c> never
    /// reach the API schema (the composition reads them as built-ins).
    /// </remarks>
    public static void Register(SchemaDirectives directives)
    {
        directives.Include.Description = "Directs the executor to include this field or fragment only when the `if` argument is true.";
        directives.Skip.Description = "Directs the executor to skip this field or fragment when the `if` argument is true.";
        if (directives.Deprecated.Arguments?.Find("reason") is { } reason)
        {
            reason.Description = "Explains why this element was deprecated, usually also including a suggestion for how to access "
                + "supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).";
        }

        directives.Register(new SpecBuiltInDirective("specifiedBy", DirectiveLocation.Scalar)
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
            {
                Name = "url",
                Description = "The URL that specifies the behavior of this scalar.",
            }),
        });
        directives.Register(new SpecBuiltInDirective("oneOf", DirectiveLocation.InputObject)
        {
            Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        });
    }

    /// <summary>
    /// Puts <c>@deprecated</c>'s locations in graphql-js's order; called once GraphQL.NET has added the input
    /// value locations it adds while initializing (<c>DeprecationOfInputValues</c>).
    /// </summary>
    public static void OrderDeprecatedLocations(DeprecatedDirective deprecated)
    {
        deprecated.Locations.Clear();
        deprecated.Locations.AddRange(DeprecatedLocations);
    }

    /// <summary>A built-in type-system directive: GraphQL.NET hides those from introspection unless they say otherwise.</summary>
    private sealed class SpecBuiltInDirective(string name, DirectiveLocation location) : Directive(name, location)
    {
        public override bool? Introspectable => true;
    }
}
