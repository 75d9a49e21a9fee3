using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Planning.Operations;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>What fetch documents take from the client operation: its name and variable definitions.</summary>
internal sealed class OperationInfo
{
    private readonly Dictionary<string, string> _definitions = new(StringComparer.Ordinal);

    public OperationInfo(GraphQLOperationDefinition operation)
    {
        Name = operation.Name?.StringValue;
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            var name = variable.Variable.Name.StringValue;
            var definition = "$" + name + ": " + TypeReferences.Print(variable.Type);
            if (variable.DefaultValue is { } value)
            {
                definition += " = " + ValuePrinter.Print(value);
            }

            _definitions[name] = definition;
            Order.Add(name);
        }
    }

    /// <summary>The operation name, or null.</summary>
    public string? Name { get; }

    /// <summary>The declared variables, in declaration order.</summary>
    public List<string> Order { get; } = [];

    /// <summary>The definition to declare in a fetch document, e.g. <c>$first: Int = 5</c>.</summary>
    public string Definition(string variable) =>
        _definitions.TryGetValue(variable, out var definition)
            ? definition
            : throw new QueryPlanningException($"Variable \"${variable}\" is not defined by the operation.");
}
