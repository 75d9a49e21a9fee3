using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>A type definition or extension node seen through one shape, so both fold the same way.</summary>
internal sealed record TypeNode(
    string Name,
    SupergraphTypeKind Kind,
    bool IsExtension,
    GraphQLDescription? Description,
    IReadOnlyList<GraphQLDirective> Directives,
    IReadOnlyList<GraphQLNamedType> Interfaces,
    IReadOnlyList<GraphQLFieldDefinition> Fields,
    IReadOnlyList<GraphQLInputValueDefinition> InputFields,
    IReadOnlyList<GraphQLNamedType> Members,
    IReadOnlyList<GraphQLEnumValueDefinition> Values)
{
    public static TypeNode? From(ASTNode node) => node switch
    {
        GraphQLObjectTypeDefinition d => Make(d.Name, SupergraphTypeKind.Object, false, d.Description, d.Directives, d.Interfaces?.Items, d.Fields?.Items),
        GraphQLObjectTypeExtension e => Make(e.Name, SupergraphTypeKind.Object, true, null, e.Directives, e.Interfaces?.Items, e.Fields?.Items),
        GraphQLInterfaceTypeDefinition d => Make(d.Name, SupergraphTypeKind.Interface, false, d.Description, d.Directives, d.Interfaces?.Items, d.Fields?.Items),
        GraphQLInterfaceTypeExtension e => Make(e.Name, SupergraphTypeKind.Interface, true, null, e.Directives, e.Interfaces?.Items, e.Fields?.Items),
        GraphQLUnionTypeDefinition d => Make(d.Name, SupergraphTypeKind.Union, false, d.Description, d.Directives, members: d.Types?.Items),
        GraphQLUnionTypeExtension e => Make(e.Name, SupergraphTypeKind.Union, true, null, e.Directives, members: e.Types?.Items),
        GraphQLEnumTypeDefinition d => Make(d.Name, SupergraphTypeKind.Enum, false, d.Description, d.Directives, values: d.Values?.Items),
        GraphQLEnumTypeExtension e => Make(e.Name, SupergraphTypeKind.Enum, true, null, e.Directives, values: e.Values?.Items),
        GraphQLInputObjectTypeDefinition d => Make(d.Name, SupergraphTypeKind.InputObject, false, d.Description, d.Directives, inputFields: d.Fields?.Items),
        GraphQLInputObjectTypeExtension e => Make(e.Name, SupergraphTypeKind.InputObject, true, null, e.Directives, inputFields: e.Fields?.Items),
        GraphQLScalarTypeDefinition d => Make(d.Name, SupergraphTypeKind.Scalar, false, d.Description, d.Directives),
        GraphQLScalarTypeExtension e => Make(e.Name, SupergraphTypeKind.Scalar, true, null, e.Directives),
        _ => null,
    };

    private static TypeNode Make(
        GraphQLName name,
        SupergraphTypeKind kind,
        bool isExtension,
        GraphQLDescription? description,
        GraphQLDirectives? directives,
        List<GraphQLNamedType>? interfaces = null,
        List<GraphQLFieldDefinition>? fields = null,
        List<GraphQLNamedType>? members = null,
        List<GraphQLEnumValueDefinition>? values = null,
        List<GraphQLInputValueDefinition>? inputFields = null) =>
        new(name.StringValue, kind, isExtension, description, directives?.Items ?? [], interfaces ?? [], fields ?? [], inputFields ?? [], members ?? [], values ?? []);
}
