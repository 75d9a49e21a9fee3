using GraphQL.Types;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// The schema elements GraphQL.NET's <c>TypeInfo</c> had in scope at one node, captured by
/// <see cref="TypeInfoProbe"/>: what graphql-js's messages name and GraphQL.NET's errors do not keep.
/// </summary>
/// <param name="ParentType">The named composite type whose selection set holds the node; null where graphql-js has none (under a leaf, or an unknown type).</param>
/// <param name="Type">The output type at the node: a field's type, an inline fragment's type condition.</param>
/// <param name="InputType">The input type expected at the node (arguments, values, variables).</param>
/// <param name="FieldDefinition">The field being selected, for a field and its arguments.</param>
/// <param name="Directive">The directive, for a directive and its arguments.</param>
internal sealed record NodeContext(IGraphType? ParentType, IGraphType? Type, IGraphType? InputType, FieldType? FieldDefinition, Directive? Directive);
