namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>Checks the free-text inputs of the mutations: trimmed, not empty when required, not too long.</summary>
internal static class TextInput
{
    /// <summary>The longest name (of a social worker).</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest note.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The trimmed text, or <c>INVALID_TEXT</c> naming <paramref name="field"/>.</summary>
    public static string Required(string field, string? value, int maxLength) =>
        Optional(field, value, maxLength) ?? throw WelfareErrors.ForField(WelfareErrorCodes.InvalidText, field, $"'{field}' must not be empty.");

    /// <summary>The trimmed text, null when absent or blank, or <c>INVALID_TEXT</c> when too long.</summary>
    public static string? Optional(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length <= maxLength
            ? trimmed
            : throw WelfareErrors.ForField(WelfareErrorCodes.InvalidText, field, $"'{field}' must be at most {maxLength} characters.");
    }
}
