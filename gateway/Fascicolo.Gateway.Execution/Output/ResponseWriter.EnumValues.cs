using System.Text.Json;
using Fascicolo.Gateway.Execution.Results;
using Fascicolo.Gateway.Planning;

namespace Fascicolo.Gateway.Execution.Output;

/// <summary>
/// Hidden enum values: a subgraph may return an <c>@inaccessible</c> enum value (it is a value of the
/// subgraph's enum), but the API schema has no such value, so it never reaches the client. Like Hive
/// Gateway and Apollo Gateway, the value is written as null; at a non-null position the null
/// propagates with an error, as Hive Gateway reports it (the GraphQL spec's CompleteValue raises a
/// field error for a value the schema's enum cannot represent).
/// </summary>
// DIVERGENCE: at a nullable position the GraphQL spec would also report a field error; both reference
// gateways write null without one, and we agree with them where they agree.
internal sealed partial class ResponseWriter
{
    /// <summary>Written at a non-null position whose value was hidden; the value itself is not named, since clients may not see it.</summary>
    private const string HiddenValueMessage = "Unexpected error.";

    /// <summary>Whether the leaf at <paramref name="type"/> holds a value the API schema's enum does not have.</summary>
    private static bool IsHiddenEnumValue(TypeShape type, JsonElement value) =>
        type is { EnumValues: { } values, ItemType: null }
        && !(value.ValueKind == JsonValueKind.String && values.Contains(value.GetString()!));

    /// <summary>Reports a hidden value at a non-null position (checking mode, once per path).</summary>
    private void AddHiddenEnumValueError()
    {
        if (!errors.HasErrorAtOrBelow(_path!))
        {
            errors.Add(new ExecutionError(HiddenValueMessage, _path!.ToArray(), null, "INTERNAL_SERVER_ERROR", null) { Reason = "INACCESSIBLE_ENUM_VALUE" });
        }
    }
}
