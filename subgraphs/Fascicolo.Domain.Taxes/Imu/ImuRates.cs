namespace Fascicolo.Domain.Taxes.Imu;

/// <summary>
/// The IMU rates a municipality resolved for a year (aliquote deliberate), in per mille of the taxable base.
/// </summary>
/// <param name="Year">The tax year.</param>
/// <param name="OrdinaryPerMille">The ordinary rate (aliquota ordinaria), e.g. 10.6.</param>
/// <param name="MainHomePerMille">The rate of luxury main homes (A/1, A/8, A/9) and their appurtenances, e.g. 6.</param>
/// <param name="MainHomeDeductionCents">The yearly deduction of a luxury main home, e.g. 20000 (€200).</param>
/// <param name="AgreedRentPerMille">The rate of dwellings let at an agreed rent (canone concordato).</param>
/// <param name="GroupDPerMille">The rate of group D buildings.</param>
/// <param name="GroupDStatePerMille">The part of the group D rate that goes to the State (7.6 by law).</param>
public sealed record ImuRates(
    int Year,
    decimal OrdinaryPerMille,
    decimal MainHomePerMille,
    long MainHomeDeductionCents,
    decimal AgreedRentPerMille,
    decimal GroupDPerMille,
    decimal GroupDStatePerMille)
{
    /// <summary>The rate of a treatment; zero for an exempt main home.</summary>
    public decimal PerMille(ImuTreatment treatment) => treatment switch
    {
        ImuTreatment.ExemptMainHome => 0m,
        ImuTreatment.LuxuryMainHome => MainHomePerMille,
        ImuTreatment.AgreedRent => AgreedRentPerMille,
        ImuTreatment.GroupD => GroupDPerMille,
        ImuTreatment.Ordinary => OrdinaryPerMille,
        _ => throw new ArgumentOutOfRangeException(nameof(treatment), treatment, "Unknown IMU treatment."),
    };
}
