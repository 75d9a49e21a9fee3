using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>A taxpayer's IMU for a year: one line per property held, the F24 lines, and the two payments.</summary>
/// <param name="Year">The tax year.</param>
/// <param name="Lines">One line per property possessed for at least one month, exempt ones included.</param>
/// <param name="F24Lines">The tax per F24 tax code, in code order; exempt properties have none.</param>
public sealed record ImuYear(int Year, IReadOnlyList<ImuLine> Lines, IReadOnlyList<ImuF24Line> F24Lines)
{
    /// <summary>The year's tax, exact to the cent.</summary>
    public long TaxCents { get; } = Lines.Sum(l => l.TaxCents);

    /// <summary>The deposit as paid (each F24 line in whole euro), due 16 June.</summary>
    public long DepositCents { get; } = F24Lines.Sum(l => l.DepositPayableCents);

    /// <summary>The balance as paid (each F24 line in whole euro), due 16 December.</summary>
    public long BalanceCents { get; } = F24Lines.Sum(l => l.BalancePayableCents);

    /// <summary>What the taxpayer must pay for the year: deposit plus balance, in whole euro.</summary>
    public long PayableCents => DepositCents + BalanceCents;

    /// <summary>The deposit and the balance, leaving out a payment that rounds to nothing.</summary>
    public IReadOnlyList<TaxInstalment> Instalments
    {
        get
        {
            var instalments = new List<TaxInstalment>(2);
            if (DepositCents > 0)
            {
                instalments.Add(new TaxInstalment(TaxKind.Imu, Year, TaxCalendar.ImuDeposit, 2, TaxCalendar.ImuDepositDue(Year), DepositCents));
            }
            if (BalanceCents > 0)
            {
                instalments.Add(new TaxInstalment(TaxKind.Imu, Year, TaxCalendar.ImuBalance, 2, TaxCalendar.ImuBalanceDue(Year), BalanceCents));
            }
            return instalments;
        }
    }
}
