namespace Fascicolo.Domain.FiscalCodes;

/// <summary>
/// A validated person's fiscal code (codice fiscale, 16 characters), with the data it encodes.
/// Create one with <see cref="Parse(string)"/> or <see cref="TryParse(string?, out FiscalCode, out FiscalCodeError)"/>.
/// </summary>
/// <remarks>
/// Equality is on <see cref="Value"/>: omocodic variants are different codes because they identify
/// different people; compare <see cref="BaseCode"/> to find the people a base code was shared by.
/// </remarks>
public readonly partial record struct FiscalCode
{
    private readonly string? _value;
    private readonly string? _baseCode;
    private readonly string? _birthplaceCode;

    private FiscalCode(string value, string baseCode, bool isOmocodic, DateOnly birthDate, Sex sex, string birthplaceCode)
    {
        _value = value;
        _baseCode = baseCode;
        IsOmocodic = isOmocodic;
        BirthDate = birthDate;
        Sex = sex;
        _birthplaceCode = birthplaceCode;
    }

    /// <summary>The code as issued: trimmed and upper-cased, omocodia letters kept.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The code with omocodia letters turned back into digits and the check character recomputed.</summary>
    public string BaseCode => _baseCode ?? string.Empty;

    /// <summary>Whether any digit of the code was replaced by an omocodia letter.</summary>
    public bool IsOmocodic { get; }

    /// <summary>
    /// The date of birth, its century resolved as the latest year not after the reference date's
    /// year (today, unless a reference date was given to the parser).
    /// </summary>
    public DateOnly BirthDate { get; }

    /// <summary>The sex encoded in the day of birth.</summary>
    public Sex Sex { get; }

    /// <summary>The Belfiore code of the birth municipality (e.g. <c>D969</c>), or <c>Zxxx</c> for a foreign state.</summary>
    public string BirthplaceCode => _birthplaceCode ?? string.Empty;

    /// <summary>Whether two codes were issued as the same 16 characters.</summary>
    public bool Equals(FiscalCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
