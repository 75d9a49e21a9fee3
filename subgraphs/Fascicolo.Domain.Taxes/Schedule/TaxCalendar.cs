namespace Fascicolo.Domain.Taxes.Schedule;

/// <summary>
/// The nominal deadlines of the year. IMU: deposit (acconto) by 16 June and balance (saldo) by 16
/// December (art. 1 c. 762 L. 160/2019). TARI: Genova's three instalments, by 16 May, 16 July and
/// 2 December. Deadlines falling on a holiday are not moved to the next working day: the dates are
/// the ones printed on the notices, and every comparison (late or on time) uses them as they are.
/// </summary>
public static class TaxCalendar
{
    /// <summary>The number of the IMU deposit.</summary>
    public const int ImuDeposit = 1;

    /// <summary>The number of the IMU balance.</summary>
    public const int ImuBalance = 2;

    /// <summary>How many instalments a TARI bill has.</summary>
    public const int TariInstalments = 3;

    /// <summary>The IMU deposit deadline, 16 June.</summary>
    public static DateOnly ImuDepositDue(int year) => new(year, 6, 16);

    /// <summary>The IMU balance deadline, 16 December.</summary>
    public static DateOnly ImuBalanceDue(int year) => new(year, 12, 16);

    /// <summary>The deadline of TARI instalment <paramref name="number"/> (1-3): 16 May, 16 July, 2 December.</summary>
    public static DateOnly TariDue(int year, int number) => number switch
    {
        1 => new(year, 5, 16),
        2 => new(year, 7, 16),
        3 => new(year, 12, 2),
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "TARI has three instalments."),
    };
}
