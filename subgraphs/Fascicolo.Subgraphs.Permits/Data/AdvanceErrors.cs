using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>The coded errors of <see cref="ProcedureAdvance"/>, with what a client needs to recover.</summary>
internal static class AdvanceErrors
{
    /// <summary><c>PROCEDURE_NOT_FOUND</c>.</summary>
    public static CodedError NotFound(string id) => new(
        PermitsErrorCodes.ProcedureNotFound,
        $"No procedure has id '{id}'.",
        new Dictionary<string, object?> { ["id"] = id });

    /// <summary><c>VERSION_CONFLICT</c>; <paramref name="currentVersion"/> is null when a concurrent step won the race.</summary>
    public static CodedError Conflict(AdvanceRequest request, int? currentVersion) => new(
        PermitsErrorCodes.VersionConflict,
        currentVersion is { } current
            ? $"Procedure '{request.ProcedureId}' is at version {current}, not {request.ExpectedVersion}: reload it and try again."
            : $"Procedure '{request.ProcedureId}' was advanced by someone else while this step was being taken: reload it and try again.",
        new Dictionary<string, object?>
        {
            ["id"] = request.ProcedureId,
            ["expectedVersion"] = request.ExpectedVersion,
            ["currentVersion"] = currentVersion,
        });

    /// <summary><c>INVALID_TRANSITION</c>, naming the state, the transition and the allowed transitions.</summary>
    public static CodedError InvalidTransition(AdvanceRequest request, ProcedureState state)
    {
        var allowed = ProcedureWorkflow.AllowedFrom(state).Select(EnumName).ToList();
        var allowedText = allowed.Count == 0 ? "none: the procedure is concluded" : string.Join(", ", allowed);
        return new CodedError(
            PermitsErrorCodes.InvalidTransition,
            $"Procedure '{request.ProcedureId}' is {EnumName(state)}: {EnumName(request.Transition)} is not allowed (allowed: {allowedText}).",
            new Dictionary<string, object?>
            {
                ["id"] = request.ProcedureId,
                ["state"] = EnumName(state),
                ["transition"] = EnumName(request.Transition),
                ["allowedTransitions"] = allowed,
            });
    }

    /// <summary>The GraphQL name of an enum value (GraphQL.NET's CONSTANT_CASE of the member name).</summary>
    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum => GraphQL.StringExtensions.ToConstantCase(value.ToString());
}
