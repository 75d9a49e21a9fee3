using System.Text;

namespace Fascicolo.Gateway.Planning.Fetches;

/// <summary>A field of a fetch document being built.</summary>
/// <param name="responseKey">The response key (an alias when it differs from the name).</param>
/// <param name="name">The field name.</param>
/// <param name="arguments">The printed arguments, or empty.</param>
internal sealed class FieldBuilder(string responseKey, string name, string arguments)
{
    public string ResponseKey { get; } = responseKey;

    public string Name { get; } = name;

    public string Arguments { get; } = arguments;

    /// <summary>The sub-selection of a composite field; null until asked for.</summary>
    public SelectionSetBuilder? Selection { get; private set; }

    /// <summary>The sub-selection, created on first use.</summary>
    public SelectionSetBuilder EnsureSelection() => Selection ??= new SelectionSetBuilder();

    public void Write(StringBuilder builder)
    {
        if (ResponseKey != Name)
        {
            builder.Append(ResponseKey).Append(": ");
        }

        builder.Append(Name).Append(Arguments);
        if (Selection is not null)
        {
            builder.Append(' ');
            Selection.Write(builder);
        }
    }
}
