using Fascicolo.Domain.Payments.Notices;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// Issues IUVs in ledger order: per segregation code and year, a sequence from 1, written into the
/// 13-digit IUV base as the year (4 digits) and the sequence (9 digits), e.g. 85 · 2025000000042.
/// The same ledger always gets the same IUVs.
/// </summary>
internal sealed class IuvIssuer
{
    private const long MaxSequence = 999_999_999;
    private readonly Dictionary<(int SegregationCode, int Year), long> _last = [];

    /// <summary>The next notice number of a segregation code in a year.</summary>
    /// <exception cref="InvalidOperationException">The year's sequence is exhausted.</exception>
    public NoticeNumber Next(int segregationCode, int year)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var key = (segregationCode, year);
        var sequence = _last.GetValueOrDefault(key) + 1;
        if (sequence > MaxSequence)
        {
            throw new InvalidOperationException($"Segregation code {segregationCode} has issued every IUV of {year}.");
        }

        _last[key] = sequence;
        return NoticeNumber.Create(segregationCode, (year * (MaxSequence + 1)) + sequence);
    }
}
