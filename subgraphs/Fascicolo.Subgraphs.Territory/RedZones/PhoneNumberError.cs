namespace Fascicolo.Subgraphs.Territory.RedZones;

/// <summary>Why a phone number was rejected; <see cref="ItalianPhoneNumber.ReasonCode"/> gives its <c>extensions.reason</c>.</summary>
internal enum PhoneNumberError
{
    /// <summary>Nothing was given.</summary>
    Empty,

    /// <summary>Something other than digits, a leading <c>+</c> and separators (spaces, dots, hyphens, slashes, brackets).</summary>
    InvalidCharacters,

    /// <summary>A country code other than Italy's <c>+39</c>.</summary>
    NotItalian,

    /// <summary>Not a landline (<c>0…</c>) or mobile (<c>3…</c>) number: service, toll-free and premium numbers cannot be called back.</summary>
    UnknownPrefix,

    /// <summary>Too few or too many digits for a landline (6–11) or a mobile (9–10) number.</summary>
    InvalidLength,
}
