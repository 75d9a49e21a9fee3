namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Thrown by <see cref="FiscalCode.Parse(string)"/> when the input is not a valid fiscal code.</summary>
public sealed class FiscalCodeFormatException : FormatException
{
    /// <summary>Creates the exception for an error, with the error's description as message.</summary>
    public FiscalCodeFormatException(FiscalCodeError error)
        : base(error.Describe())
    {
        Error = error;
    }

    /// <summary>Why the input was rejected.</summary>
    public FiscalCodeError Error { get; }

    /// <summary>The stable code of <see cref="Error"/>, e.g. <c>INVALID_MONTH</c>.</summary>
    public string Code => Error.ToCode();
}
