namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>What an assessment claims, instalment by instalment.</summary>
/// <param name="Reason">Why it is issued.</param>
/// <param name="NotifiedOn">The day it is notified; interest on unpaid amounts runs up to it.</param>
/// <param name="Items">The instalments of the year, each with its shortfall.</param>
public sealed record TaxAssessmentAmounts(TaxAssessmentReason Reason, DateOnly NotifiedOn, IReadOnlyList<AssessedInstalment> Items)
{
    /// <summary>The tax due for the year (the instalments' amounts).</summary>
    public long TaxDueCents => Items.Sum(i => i.Instalment.AmountCents);

    /// <summary>What had been paid towards it before notification (on time or late).</summary>
    public long TaxPaidCents => Items.Sum(i => i.PaidOnTimeCents + i.PaidLateCents);

    /// <summary>The tax still unpaid, which the assessment claims.</summary>
    public long UnpaidTaxCents => Items.Sum(i => i.UnpaidCents);

    /// <summary>The sanctions.</summary>
    public long SanctionCents => Items.Sum(i => i.SanctionCents);

    /// <summary>The interest.</summary>
    public long InterestCents => Items.Sum(i => i.InterestCents);

    /// <summary>What the taxpayer is asked to pay: unpaid tax, sanctions and interest.</summary>
    public long TotalCents => UnpaidTaxCents + SanctionCents + InterestCents;

    /// <summary>The last day to pay: <see cref="AssessmentPolicy.PaymentTermDays"/> after notification.</summary>
    public DateOnly DueDate => NotifiedOn.AddDays(AssessmentPolicy.PaymentTermDays);
}
