using Fascicolo.Domain.SyntheticCity.Randomness;
using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Domain.Taxes.Rounding;
using Fascicolo.Domain.Taxes.Schedule;

namespace Fascicolo.Domain.SyntheticCity.Taxes;

/// <summary>
/// The payments a behaviour produces for a year's instalments of one tax. IMU is paid with F24 in
/// whole euro, TARI with the pagoPA notices to the cent. Only payments made before "today" (the
/// city's reference date) exist: a late payment that would fall after it has not happened yet.
/// </summary>
internal static class PaymentSimulator
{
    public static List<TaxPayment> Pay(TaxpayerBehaviour behaviour, IReadOnlyList<TaxInstalment> instalments, SplitMix64 random, DateOnly today)
    {
        var payments = new List<TaxPayment>(instalments.Count + 1);
        if (behaviour == TaxpayerBehaviour.Omitted)
        {
            return payments;
        }
        var odd = random.Next(instalments.Count);
        var skipLast = random.Chance(0.5);
        for (var index = 0; index < instalments.Count; index++)
        {
            var instalment = instalments[index];
            var onTime = instalment.DueDate.AddDays(-random.Next(0, 25));
            switch (behaviour)
            {
                case TaxpayerBehaviour.Late when index == odd || random.Chance(0.4):
                    Add(payments, instalment, instalment.AmountCents, instalment.DueDate.AddDays(random.Next(3, 150)), today);
                    break;
                case TaxpayerBehaviour.Short when skipLast && index == instalments.Count - 1:
                    break;
                case TaxpayerBehaviour.Short when !skipLast && index == odd:
                    Add(payments, instalment, Part(instalment, random.Next(30, 80)), onTime, today);
                    break;
                case TaxpayerBehaviour.Overpaid when index == odd:
                    Add(payments, instalment, instalment.AmountCents, onTime, today);
                    Add(payments, instalment, instalment.AmountCents, onTime.AddDays(random.Next(1, 30)), today);
                    break;
                default:
                    Add(payments, instalment, instalment.AmountCents, onTime, today);
                    break;
            }
        }
        return payments;
    }

    private static long Part(TaxInstalment instalment, int percent)
    {
        var part = instalment.AmountCents * percent / 100;
        return instalment.Tax == TaxKind.Imu ? F24Rounding.ToEuro(part) : part;
    }

    private static void Add(List<TaxPayment> payments, TaxInstalment instalment, long amount, DateOnly paidOn, DateOnly today)
    {
        if (amount > 0 && paidOn < today)
        {
            var channel = instalment.Tax == TaxKind.Imu ? TaxPaymentChannel.F24 : TaxPaymentChannel.PagoPa;
            payments.Add(new TaxPayment(instalment.Tax, instalment.Year, instalment.Number, amount, paidOn, channel));
        }
    }
}
