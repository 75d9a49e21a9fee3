using System.Text.RegularExpressions;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>
/// The <c>AdvanceProcedureInput</c> argument as the client sent it. <see cref="Validate"/> turns it
/// into an <see cref="AdvanceRequest"/> or rejects it with a coded error before anything is read or written.
/// </summary>
/// <remarks>
/// The operator is taken from the input for now: until the gateway forwards the caller's identity,
/// the subgraph records the name it is given (validated as an account name) as the step's actor.
/// </remarks>
internal sealed partial class AdvanceProcedureInput
{
    /// <summary>The longest accepted operator name.</summary>
    public const int MaxOperatorLength = 64;

    /// <summary>The longest accepted note.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The procedure id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The transition to take.</summary>
    public ProcedureTransition Transition { get; set; }

    /// <summary>The version the operator saw.</summary>
    public int ExpectedVersion { get; set; }

    /// <summary>The operator's account name.</summary>
    public string Operator { get; set; } = string.Empty;

    /// <summary>The note, if any.</summary>
    public string? Note { get; set; }

    /// <summary>Checks the input and returns the request.</summary>
    /// <exception cref="CodedError"><c>INVALID_EXPECTED_VERSION</c>, <c>INVALID_OPERATOR</c> or <c>INVALID_NOTE</c>, with <c>extensions.reason</c>.</exception>
    public AdvanceRequest Validate()
    {
        if (ExpectedVersion < 1)
        {
            throw Invalid(PermitsErrorCodes.InvalidExpectedVersion, "OUT_OF_RANGE", $"'expectedVersion' must be a procedure's version (1 or more); it was {ExpectedVersion}.");
        }
        var operatorName = Operator.Trim();
        if (operatorName.Length == 0)
        {
            throw Invalid(PermitsErrorCodes.InvalidOperator, "EMPTY", "'operator' must name the operator taking the step.");
        }
        if (operatorName.Length > MaxOperatorLength)
        {
            throw Invalid(PermitsErrorCodes.InvalidOperator, "TOO_LONG", $"'operator' must be at most {MaxOperatorLength} characters.");
        }
        if (!OperatorPattern().IsMatch(operatorName))
        {
            throw Invalid(PermitsErrorCodes.InvalidOperator, "INVALID_CHARACTERS", "'operator' must be an account name: letters, digits, '.', '_', '-' and '@'.");
        }
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note is null && ProcedureWorkflow.RequiresNote(Transition))
        {
            throw Invalid(PermitsErrorCodes.InvalidNote, "REQUIRED", $"'note' is required for {AdvanceErrors.EnumName(Transition)}: say what is missing or why the procedure is rejected.");
        }
        if (note is { Length: > MaxNoteLength })
        {
            throw Invalid(PermitsErrorCodes.InvalidNote, "TOO_LONG", $"'note' must be at most {MaxNoteLength} characters.");
        }
        return new AdvanceRequest(Id.Trim(), Transition, ExpectedVersion, operatorName, note);
    }

    private static CodedError Invalid(string code, string reason, string message) =>
        new(code, message, new Dictionary<string, object?> { ["reason"] = reason });

    [GeneratedRegex("^[A-Za-z0-9._@-]+$")]
    private static partial Regex OperatorPattern();
}
