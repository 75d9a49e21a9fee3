namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Thrown by <see cref="CompanyFiscalCode.Parse(string)"/> when the input is not a valid company fiscal code.</summary>
public sealed class CompanyFiscalCodeFormatException : FormatException
{
    /// <summary>Creates the exception for an error, with the error's description as message.</summary>
    public CompanyFiscalCodeFormatException(CompanyFiscalCodeError error)
        : base(error.Describe())
    {
        Error = error;
    }

    /// <summary>Why the input was rejected.</summary>
    public CompanyFiscalCodeError Error { get; }

    /// <summary>The stable code of <see cref="Error"/>, e.g. <c>NOT_NUMERIC</c>.</summary>
    public string Code => Error.ToCode();
}
