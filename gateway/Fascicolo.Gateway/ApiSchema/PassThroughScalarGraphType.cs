using System.Collections;
using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.ApiSchema;

/// <summary>
/// A custom scalar of the API schema (e.g. <c>FiscalCode</c>) that the gateway does not interpret: any
/// literal or variable value is accepted as is and forwarded, and the subgraph that owns the scalar
/// validates it. GraphQL.NET's SDL-first <c>SchemaBuilder</c> skips <c>scalar</c> definitions and fails to
/// resolve references to them, so the gateway registers one of these per custom scalar.
/// </summary>
/// <remarks>
/// DIVERGENCE: Apollo Router also passes custom scalars through unvalidated; the subgraph's error then
/// comes back as a field error, not as a gateway validation error.
/// </remarks>
internal sealed class PassThroughScalarGraphType : ScalarGraphType
{
    public PassThroughScalarGraphType(string name, string? description, string? specifiedByUrl)
    {
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>The scalar's <c>@specifiedBy(url:)</c>, which introspection answers as <c>specifiedByURL</c>.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>Keeps the literal's syntax node, so it prints back unchanged (default values in introspection).</summary>
    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : value;

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override object? ParseValue(object? value) => value;

    public override bool CanParseValue(object? value) => true;

    public override bool IsValidDefault(object value) => true;

    public override object? Serialize(object? value) => value;

    public override GraphQLValue ToAST(object? value) => value switch
    {
        GraphQLValue literal => literal,
        IDictionary<string, object?> map => new GraphQLObjectValue
        {
            Fields = [.. map.Select(pair => new GraphQLObjectField(new GraphQLName(pair.Key), ToAST(pair.Value)))],
        },
        IEnumerable list and not string => new GraphQLListValue { Values = [.. list.Cast<object?>().Select(ToAST)] },
        _ => base.ToAST(value),
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"scalar {Name}");
}
