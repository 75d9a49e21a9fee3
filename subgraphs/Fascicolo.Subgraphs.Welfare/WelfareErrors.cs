using Fascicolo.Domain.SyntheticCity.Welfare;
using Fascicolo.Subgraphs.Kit;
using GraphQL;

namespace Fascicolo.Subgraphs.Welfare;

/// <summary>The coded errors the welfare subgraph raises (codes in <see cref="WelfareErrorCodes"/>), with their messages in one place.</summary>
internal static class WelfareErrors
{
    /// <summary><c>SOCIAL_OFFICE_NOT_FOUND</c>, with <c>extensions.officeCode</c>.</summary>
    public static CodedError OfficeNotFound(string code) =>
        new(WelfareErrorCodes.SocialOfficeNotFound, $"No social-service office has code '{code}'.", Extensions("officeCode", code));

    /// <summary><c>SOCIAL_CASE_NOT_FOUND</c>, with <c>extensions.caseId</c>.</summary>
    public static CodedError CaseNotFound(string id) =>
        new(WelfareErrorCodes.SocialCaseNotFound, $"No social case has id '{id}'.", Extensions("caseId", id));

    /// <summary><c>SOCIAL_CASE_ALREADY_OPEN</c>, with <c>extensions.caseId</c> naming the open case.</summary>
    public static CodedError AlreadyOpen(string person, string openCaseId) =>
        new(WelfareErrorCodes.SocialCaseAlreadyOpen, $"{person} already has an open case in this area ({openCaseId}): change its status instead.", Extensions("caseId", openCaseId));

    /// <summary><c>INVALID_STATUS_TRANSITION</c>, with <c>extensions.from</c> and <c>extensions.to</c> as the enum's GraphQL names.</summary>
    public static CodedError InvalidTransition(string caseId, SocialCaseStatus from, SocialCaseStatus to)
    {
        var (fromName, toName) = (from.ToString().ToConstantCase(), to.ToString().ToConstantCase());
        return new(WelfareErrorCodes.InvalidStatusTransition, $"Case {caseId} cannot go from {fromName} to {toName}.",
            new Dictionary<string, object?> { ["from"] = fromName, ["to"] = toName });
    }

    /// <summary>An error with <c>extensions.reason</c> saying which rule the input broke.</summary>
    public static CodedError WithReason(string code, string reason, string message) =>
        new(code, message, Extensions("reason", reason));

    /// <summary>An error with <c>extensions.field</c> naming the input field at fault.</summary>
    public static CodedError ForField(string code, string field, string message) =>
        new(code, message, Extensions("field", field));

    private static Dictionary<string, object?> Extensions(string name, object? value) => new() { [name] = value };
}
