using Fascicolo.Domain.FiscalCodes;
using GraphQL;
using GraphQL.Execution;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Shapes every error of every response: each carries <c>extensions.code</c>; unexpected
/// exceptions become a generic <c>INTERNAL_SERVER_ERROR</c> (their details are logged by the
/// unhandled-exception handler, never sent); invalid fiscal codes become <c>INVALID_FISCAL_CODE</c>
/// with <c>extensions.reason</c>, wherever GraphQL.NET surfaced them (literal or variable).
/// </summary>
public sealed class SubgraphErrorInfoProvider : ErrorInfoProvider
{
    /// <summary>The message sent for an unexpected failure.</summary>
    public const string InternalErrorMessage = "Internal server error.";

    /// <summary>Creates the provider; exception type names and data are never exposed.</summary>
    public SubgraphErrorInfoProvider()
        : base(new ErrorInfoProviderOptions { ExposeCodes = false, ExposeData = false, ExposeExceptionDetails = false })
    {
    }

    /// <inheritdoc/>
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (FindFiscalCodeException(executionError) is { } invalid)
        {
            return FiscalCodeInfo(executionError, invalid);
        }
        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = InternalErrorMessage,
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError },
            };
        }
        var info = base.GetInfo(executionError);
        info.Extensions ??= new Dictionary<string, object?>();
        // A deliberate ExecutionError without a code still needs one: every error carries a code.
        info.Extensions.TryAdd("code", ErrorCodes.InternalServerError);
        return info;
    }

    private static ErrorInfo FiscalCodeInfo(ExecutionError error, FiscalCodeFormatException invalid)
    {
        var reason = invalid.Error.ToCode();
        // GraphQL.NET's literal message ends with the description, its variable message omits it:
        // name the description and the reason either way.
        var description = invalid.Error.Describe();
        var message = error.Message.Contains(description, StringComparison.Ordinal)
            ? $"{error.Message} ({reason})"
            : $"{error.Message.TrimEnd('.')}: {description} ({reason})";
        return new ErrorInfo
        {
            Message = message,
            Extensions = new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.InvalidFiscalCode,
                ["reason"] = reason,
            },
        };
    }

    private static FiscalCodeFormatException? FindFiscalCodeException(Exception error)
    {
        for (var current = error.InnerException; current is not null; current = current.InnerException)
        {
            if (current is FiscalCodeFormatException invalid)
            {
                return invalid;
            }
        }
        return null;
    }
}
