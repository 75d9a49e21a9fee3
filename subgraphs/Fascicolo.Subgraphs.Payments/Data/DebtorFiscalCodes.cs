using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>Validates the fiscal code of a debtor or payer: a person's 16 characters or a company's 11 digits.</summary>
internal static class DebtorFiscalCodes
{
    /// <summary>The code as stored (upper case, trimmed).</summary>
    /// <param name="input">The code as sent.</param>
    /// <param name="field">The argument or input field, named in the error.</param>
    /// <exception cref="CodedError"><c>INVALID_FISCAL_CODE</c> with <c>extensions.reason</c> and <c>extensions.field</c>.</exception>
    public static string Validate(string input, string field)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = input.Trim().ToUpperInvariant();
        if (code.Length == CompanyFiscalCode.Length)
        {
            return CompanyFiscalCode.TryParse(code, out var company, out var companyError)
                ? company.Value
                : throw Invalid(field, companyError.ToCode(), companyError.Describe());
        }

        return FiscalCode.TryParse(code, out var person, out var personError)
            ? person.Value
            : throw Invalid(field, personError.ToCode(), personError.Describe());
    }

    private static CodedError Invalid(string field, string reason, string description) =>
        new(ErrorCodes.InvalidFiscalCode, $"'{field}' is not a valid fiscal code of a person or a company: {description}",
            new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });
}
