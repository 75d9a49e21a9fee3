using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Domain.Taxes.Imu;
using Fascicolo.Domain.Taxes.Payments;
using Fascicolo.Subgraphs.Taxes.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxKind</c> enum.</summary>
internal sealed class TaxKindGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxKindGraphType()
    {
        Name = "TaxKind";
        Description = "A municipal tax of the taxpayer's position.";
        Add("IMU", TaxKind.Imu, "IMU, the municipal property tax, paid with the F24 form.");
        Add("TARI", TaxKind.Tari, "TARI, the waste tax, billed by the city and paid through pagoPA.");
    }
}

/// <summary>The <c>ImuPropertyUse</c> enum.</summary>
internal sealed class ImuPropertyUseGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public ImuPropertyUseGraphType()
    {
        Name = "ImuPropertyUse";
        Description = "What the taxpayer does with a property, as far as IMU is concerned.";
        Add("OTHER", ImuUse.Other, "Anything else: a second home, a vacant dwelling, a garage of no main home.");
        Add("MAIN_HOME", ImuUse.MainHome, "The main home (abitazione principale): the owner and his household live there.");
        Add("MAIN_HOME_APPURTENANCE", ImuUse.MainHomeAppurtenance, "A C/2, C/6 or C/7 unit serving the main home (pertinenza); at most one per category is treated as such.");
        Add("LET", ImuUse.Let, "Let on the free market (canone libero).");
        Add("LET_AT_AGREED_RENT", ImuUse.LetAtAgreedRent, "Let at an agreed rent (canone concordato): its own rate, and the tax reduced by 25%.");
    }
}

/// <summary>The <c>ImuTreatment</c> enum.</summary>
internal sealed class ImuTreatmentGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public ImuTreatmentGraphType()
    {
        Name = "ImuTreatment";
        Description = "How a property was taxed.";
        Add("EXEMPT_MAIN_HOME", ImuTreatment.ExemptMainHome, "Not taxed: a main home of a non-luxury category, or one of its appurtenances.");
        Add("LUXURY_MAIN_HOME", ImuTreatment.LuxuryMainHome, "A luxury main home (A/1, A/8, A/9) or its appurtenance: the main-home rate and the deduction.");
        Add("AGREED_RENT", ImuTreatment.AgreedRent, "Let at an agreed rent: the agreed-rent rate, then the tax reduced by 25%.");
        Add("GROUP_D", ImuTreatment.GroupD, "A group D building: the group D rate, its standard share to the State.");
        Add("ORDINARY", ImuTreatment.Ordinary, "The ordinary rate.");
    }
}

/// <summary>The <c>TaxDeadlineStatus</c> enum.</summary>
internal sealed class TaxDeadlineStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxDeadlineStatusGraphType()
    {
        Name = "TaxDeadlineStatus";
        Description = "Where an instalment stands today.";
        Add("OPEN", TaxDeadlineStatus.Open, "Nothing paid yet, and the deadline has not passed.");
        Add("PAID", TaxDeadlineStatus.Paid, "Paid in full by the deadline.");
        Add("PAID_LATE", TaxDeadlineStatus.PaidLate, "Paid in full, but some of it after the deadline.");
        Add("PARTIALLY_PAID", TaxDeadlineStatus.PartiallyPaid, "Part of it paid.");
        Add("OVERDUE", TaxDeadlineStatus.Overdue, "Nothing paid, and the deadline has passed.");
    }
}

/// <summary>The <c>TaxPaymentChannel</c> enum.</summary>
internal sealed class TaxPaymentChannelGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxPaymentChannelGraphType()
    {
        Name = "TaxPaymentChannel";
        Description = "How a tax payment reached the city.";
        Add("F24", TaxPaymentChannel.F24, "The F24 form (IMU).");
        Add("PAGO_PA", TaxPaymentChannel.PagoPa, "A pagoPA notice (TARI instalments, assessments).");
    }
}

/// <summary>The <c>TaxAssessmentReason</c> enum.</summary>
internal sealed class TaxAssessmentReasonGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxAssessmentReasonGraphType()
    {
        Name = "TaxAssessmentReason";
        Description = "Why an assessment was issued.";
        Add("OMITTED_PAYMENT", TaxAssessmentReason.OmittedPayment, "Nothing was paid for the year (omesso versamento).");
        Add("SHORT_PAYMENT", TaxAssessmentReason.ShortPayment, "Less than due was paid (parziale versamento).");
        Add("LATE_PAYMENT", TaxAssessmentReason.LatePayment, "Everything was paid, some of it after the deadline (tardivo versamento).");
    }
}

/// <summary>The <c>TaxAssessmentStatus</c> enum.</summary>
internal sealed class TaxAssessmentStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxAssessmentStatusGraphType()
    {
        Name = "TaxAssessmentStatus";
        Description = "Where an assessment stands today.";
        Add("OPEN", TaxAssessmentStatus.Open, "Notified and unpaid; the 60 days to pay have not run out.");
        Add("PAID", TaxAssessmentStatus.Paid, "Paid.");
        Add("OVERDUE", TaxAssessmentStatus.Overdue, "Unpaid after its 60 days.");
    }
}

/// <summary>The <c>TaxRefundStatus</c> enum.</summary>
internal sealed class TaxRefundStatusGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public TaxRefundStatusGraphType()
    {
        Name = "TaxRefundStatus";
        Description = "Where a refund stands.";
        Add("NOT_REQUESTED", TaxRefundStatus.NotRequested, "The overpayment is known; the taxpayer has not asked for it back yet.");
        Add("REQUESTED", TaxRefundStatus.Requested, "Asked for (istanza di rimborso), not yet paid.");
        Add("PAID", TaxRefundStatus.Paid, "Paid back.");
    }
}
