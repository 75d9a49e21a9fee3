namespace Fascicolo.Domain.Taxes.Assessments;

/// <summary>Why an assessment was issued.</summary>
public enum TaxAssessmentReason
{
    /// <summary>Nothing was paid for the year (omesso versamento).</summary>
    OmittedPayment = 1,

    /// <summary>Less than due was paid (parziale versamento).</summary>
    ShortPayment = 2,

    /// <summary>Everything was paid, but some of it after the deadline (tardivo versamento).</summary>
    LatePayment = 3,
}
