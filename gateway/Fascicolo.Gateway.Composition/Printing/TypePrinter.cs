namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Prints supergraph types as SDL; what is left out and which directives are written is decided by
/// the subclass (the API schema hides inaccessible elements and plumbing; the supergraph writes join directives).
/// </summary>
internal abstract class TypePrinter
{
    private const string Indent = "  ";

    protected abstract bool Includes(SupergraphType type);

    protected abstract bool Includes(SupergraphField field);

    protected abstract bool Includes(SupergraphArgument argument);

    protected abstract bool Includes(SupergraphEnumValue value);

    protected abstract IEnumerable<string> DirectivesOf(SupergraphType type);

    protected abstract IEnumerable<string> DirectivesOf(SupergraphField field);

    protected abstract IEnumerable<string> DirectivesOf(SupergraphArgument argument, SupergraphType? inputObject);

    protected abstract IEnumerable<string> DirectivesOf(SupergraphEnumValue value);

    public void Print(SdlBuilder sdl, SupergraphType type, Func<string, bool> typeVisible)
    {
        if (!Includes(type))
        {
            return;
        }

        sdl.Description(type.Description, string.Empty);
        var directives = SdlBuilder.Directives(DirectivesOf(type));
        switch (type.Kind)
        {
            case SupergraphTypeKind.Scalar:
                sdl.Line($"scalar {type.Name}{directives}");
                break;
            case SupergraphTypeKind.Union:
                var members = type.UnionMembers.Where(typeVisible).ToList();
                sdl.Line($"union {type.Name}{directives}" + (members.Count > 0 ? " = " + string.Join(" | ", members) : string.Empty));
                break;
            case SupergraphTypeKind.Enum:
                sdl.Line($"enum {type.Name}{directives} {{");
                foreach (var value in type.EnumValues.Where(Includes))
                {
                    sdl.Description(value.Description, Indent);
                    sdl.Line(Indent + value.Name + SdlBuilder.Directives(DirectivesOf(value)));
                }

                sdl.Line("}");
                break;
            case SupergraphTypeKind.InputObject:
                sdl.Line($"input {type.Name}{directives} {{");
                foreach (var field in type.InputFields.Where(Includes))
                {
                    sdl.Description(field.Description, Indent);
                    sdl.Line(Indent + InputValue(field, type));
                }

                sdl.Line("}");
                break;
            default:
                var interfaces = type.Interfaces.Where(typeVisible).ToList();
                var keyword = type.Kind == SupergraphTypeKind.Interface ? "interface" : "type";
                var implements = interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces) : string.Empty;
                sdl.Line($"{keyword} {type.Name}{implements}{directives} {{");
                foreach (var field in type.Fields.Where(Includes))
                {
                    PrintField(sdl, field);
                }

                sdl.Line("}");
                break;
        }
    }

    private void PrintField(SdlBuilder sdl, SupergraphField field)
    {
        sdl.Description(field.Description, Indent);
        var arguments = field.Arguments.Where(Includes).ToList();
        var type = TypeReferences.Print(field.Type);
        var directives = SdlBuilder.Directives(DirectivesOf(field));
        if (arguments.Count == 0)
        {
            sdl.Line($"{Indent}{field.Name}: {type}{directives}");
        }
        else if (arguments.All(a => a.Description is null))
        {
            sdl.Line($"{Indent}{field.Name}({string.Join(", ", arguments.Select(a => InputValue(a, null)))}): {type}{directives}");
        }
        else
        {
            sdl.Line($"{Indent}{field.Name}(");
            foreach (var argument in arguments)
            {
                sdl.Description(argument.Description, Indent + Indent);
                sdl.Line(Indent + Indent + InputValue(argument, null));
            }

            sdl.Line($"{Indent}): {type}{directives}");
        }
    }

    private string InputValue(SupergraphArgument value, SupergraphType? inputObject)
    {
        var defaultValue = value.DefaultValue is null ? string.Empty : " = " + SdlBuilder.Value(value.DefaultValue);
        return $"{value.Name}: {TypeReferences.Print(value.Type)}{defaultValue}{SdlBuilder.Directives(DirectivesOf(value, inputObject))}";
    }

    protected static string Deprecated(string reason) =>
        reason == "No longer supported" ? "@deprecated" : $"@deprecated(reason: {DirectiveValues.FormatString(reason)})";
}
