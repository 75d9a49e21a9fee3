using System.Globalization;

namespace Fascicolo.Domain.Taxes.Schedule;

/// <summary>An amount to pay by a deadline (scadenza): an IMU deposit or balance, or a TARI instalment.</summary>
/// <param name="Tax">The tax.</param>
/// <param name="Year">The tax year.</param>
/// <param name="Number">The instalment's number, from 1 (IMU: 1 deposit, 2 balance).</param>
/// <param name="Count">How many instalments the year has.</param>
/// <param name="DueDate">The last day to pay without penalty.</param>
/// <param name="AmountCents">The amount, in cents (whole euro for IMU, as the F24 form is paid).</param>
public sealed record TaxInstalment(TaxKind Tax, int Year, int Number, int Count, DateOnly DueDate, long AmountCents)
{
    /// <summary>How the city names it, e.g. <c>IMU 2025 acconto</c> or <c>TARI 2025 rata 1 di 3</c>.</summary>
    public string Description => Tax switch
    {
        TaxKind.Imu => string.Create(CultureInfo.InvariantCulture, $"IMU {Year} {(Number == TaxCalendar.ImuDeposit ? "acconto" : "saldo")}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"TARI {Year} rata {Number} di {Count}"),
    };
}
