namespace Fascicolo.Gateway.Planning;

/// <summary>
/// The error a client gets, at every response path where it selected a refused field, in place of
/// the field's value: <c>{ "message": …, "path": […], "extensions": { "code": …, "reason": … } }</c>.
/// </summary>
/// <param name="Message">The error message.</param>
/// <param name="Code">Written as <c>extensions.code</c> (e.g. <c>FORBIDDEN</c>).</param>
/// <param name="Reason">Written as <c>extensions.reason</c> when not null: why, more precisely than the code.</param>
public sealed record FieldRefusal(string Message, string Code, string? Reason = null)
{
    /// <summary>The error message.</summary>
    public string Message { get; } = !string.IsNullOrEmpty(Message) ? Message : throw new ArgumentException("A refusal needs a message.", nameof(Message));

    /// <summary>Written as <c>extensions.code</c>.</summary>
    public string Code { get; } = !string.IsNullOrEmpty(Code) ? Code : throw new ArgumentException("A refusal needs a code.", nameof(Code));
}
