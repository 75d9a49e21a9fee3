using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>Validates a company fiscal code given by a client (an argument or a representation).</summary>
internal static class CompanyFiscalCodeArgument
{
    /// <summary>The code, when it has 11 digits and a valid check digit.</summary>
    /// <exception cref="CodedError"><c>INVALID_COMPANY_FISCAL_CODE</c> with <c>extensions.reason</c>.</exception>
    public static string Validate(string? input)
    {
        if (CompanyFiscalCode.TryParse(input, out var code, out var error))
        {
            return code.Value;
        }
        throw new CodedError(
            PermitsErrorCodes.InvalidCompanyFiscalCode,
            $"'{input}' is not a valid company fiscal code: {error.Describe()} ({error.ToCode()})",
            new Dictionary<string, object?> { ["reason"] = error.ToCode() });
    }
}
