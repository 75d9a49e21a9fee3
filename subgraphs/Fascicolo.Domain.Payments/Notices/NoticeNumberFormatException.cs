namespace Fascicolo.Domain.Payments.Notices;

/// <summary>Thrown by <see cref="NoticeNumber.Parse(string)"/> when the input is not a valid notice number.</summary>
public sealed class NoticeNumberFormatException : FormatException
{
    /// <summary>Creates the exception for an error, with the error's description as message.</summary>
    public NoticeNumberFormatException(NoticeNumberError error)
        : base(error.Describe())
    {
        Error = error;
    }

    /// <summary>Why the input was rejected.</summary>
    public NoticeNumberError Error { get; }

    /// <summary>The stable code of <see cref="Error"/>, e.g. <c>NOT_NUMERIC</c>.</summary>
    public string Code => Error.ToCode();
}
