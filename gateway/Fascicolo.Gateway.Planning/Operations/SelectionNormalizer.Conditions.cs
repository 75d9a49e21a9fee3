using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

// @skip and @include, decided at planning time.
// DIVERGENCE: Apollo keeps Condition nodes for variables; we plan once per combination of values
// (the cache key carries them), so fetch documents and shapes have no conditions left.
internal sealed partial class SelectionNormalizer
{
    private bool IsIncluded(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return true;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.StringValue;
            if ((name == "skip" && Condition(directive)) || (name == "include" && !Condition(directive)))
            {
                return false;
            }
        }

        return true;
    }

    private bool Condition(GraphQLDirective directive) => directive.Arguments?.ValueFor("if") switch
    {
        GraphQLBooleanValue literal => literal.BoolValue,
        GraphQLVariable variable => _trueVariables.Contains(variable.Name.StringValue),
        _ => throw new QueryPlanningException($"@{directive.Name.StringValue} needs a Boolean \"if\" argument."),
    };
}
