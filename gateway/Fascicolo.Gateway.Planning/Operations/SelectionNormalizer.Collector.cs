using GraphQLParser.AST;

namespace Fascicolo.Gateway.Planning.Operations;

// The mutable, ordered accumulation of one selection set before it becomes an OpSelectionSet.
internal sealed partial class SelectionNormalizer
{
    private sealed class Collector(string type)
    {
        private readonly Dictionary<string, FieldEntry> _fields = new(StringComparer.Ordinal);
        private Dictionary<string, Collector>? _fragments;

        public string Type { get; } = type;

        /// <summary>Field entries and fragment collectors, in first-seen order.</summary>
        public List<object> Entries { get; } = [];

        public void AddField(GraphQLField field)
        {
            var key = (field.Alias?.Name ?? field.Name).StringValue;

            // The planner names the fields it adds "__typename" and "__fk…": a client alias there
            // could make one response key mean two things. Such names are reserved by the spec anyway.
            if (field.Alias is not null && key.StartsWith("__", StringComparison.Ordinal) && key != field.Name.StringValue)
            {
                throw new QueryPlanningException($"The alias \"{key}\" is reserved: aliases must not start with \"__\".");
            }
            if (!_fields.TryGetValue(key, out var entry))
            {
                entry = new FieldEntry(key, field.Name.StringValue);
                _fields.Add(key, entry);
                Entries.Add(entry);
            }

            entry.Nodes.Add(field);
        }

        public Collector Fragment(string condition)
        {
            _fragments ??= new Dictionary<string, Collector>(StringComparer.Ordinal);
            if (!_fragments.TryGetValue(condition, out var fragment))
            {
                fragment = new Collector(condition);
                _fragments.Add(condition, fragment);
                Entries.Add(fragment);
            }

            return fragment;
        }
    }

    private sealed class FieldEntry(string responseKey, string name)
    {
        public string ResponseKey { get; } = responseKey;

        public string Name { get; } = name;

        /// <summary>Every occurrence of the response key in this selection set; validation made them the same field.</summary>
        public List<GraphQLField> Nodes { get; } = [];
    }
}
