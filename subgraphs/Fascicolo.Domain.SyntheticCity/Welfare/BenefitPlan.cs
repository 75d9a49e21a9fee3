namespace Fascicolo.Domain.SyntheticCity.Welfare;

/// <summary>A benefit the generator decided to grant, before its terms are drawn.</summary>
/// <param name="Beneficiary">Who receives it.</param>
/// <param name="Type">What it is.</param>
/// <param name="Area">The user area it is recorded under.</param>
/// <param name="WithCase">Granted within a social case (the person is taken in charge).</param>
internal sealed record BenefitPlan(Resident Beneficiary, BenefitType Type, WelfareUserArea Area, bool WithCase);
