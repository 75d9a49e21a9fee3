using System.Text;

namespace Fascicolo.Gateway.Planning;

// The response shape, one field a line: `responseKey: Type`, `alias = name: Type` when aliased,
// `refused(CODE, REASON)` after a refused field's type; abstract positions list their runtime types as `... on T`.
public static partial class QueryPlanPrinter
{
    /// <summary>Prints a response shape.</summary>
    public static string Print(SelectionShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var text = new StringBuilder();
        WriteShape(shape, shape.TypeName, text);
        return text.ToString();
    }

    private static void WriteShape(SelectionShape shape, string title, StringBuilder text)
    {
        text.Append("Shape(").Append(title).Append(") {\n");
        WriteSelection(shape, text, 1);
        text.Append("}\n");
    }

    private static void WriteSelection(SelectionShape shape, StringBuilder text, int depth)
    {
        if (!shape.IsAbstract)
        {
            WriteFields(shape.FieldsFor(shape.TypeName), text, depth);
            return;
        }

        foreach (var runtimeType in shape.RuntimeTypes.Order(StringComparer.Ordinal))
        {
            Indent(text, depth).Append("... on ").Append(runtimeType).Append(" {\n");
            WriteFields(shape.FieldsFor(runtimeType), text, depth + 1);
            Indent(text, depth).Append("}\n");
        }
    }

    private static void WriteFields(IReadOnlyList<ShapeField> fields, StringBuilder text, int depth)
    {
        foreach (var field in fields)
        {
            Indent(text, depth).Append(field.ResponseKey);
            if (field.FieldName != field.ResponseKey)
            {
                text.Append(" = ").Append(field.FieldName);
            }

            text.Append(": ").Append(PrintType(field.Type));
            if (field.Refusal is { } refusal)
            {
                text.Append(" refused(").Append(refusal.Code);
                if (refusal.Reason is { } reason)
                {
                    text.Append(", ").Append(reason);
                }

                text.Append(')');
            }

            if (field.Selection is { } selection)
            {
                text.Append(" {\n");
                WriteSelection(selection, text, depth + 1);
                Indent(text, depth).Append('}');
            }

            text.Append('\n');
        }
    }

    private static string PrintType(TypeShape type)
    {
        var inner = type.ItemType is { } item ? "[" + PrintType(item) + "]" : type.NamedType;
        return type.NonNull ? inner + "!" : inner;
    }
}
