using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Welfare;

namespace Fascicolo.Subgraphs.Welfare.Mutations;

/// <summary>The <c>RecordWelfareBenefitInput</c> argument as the client sent it.</summary>
internal sealed class RecordWelfareBenefitInput
{
    /// <summary>The beneficiary.</summary>
    public FiscalCode Beneficiary { get; set; }

    /// <summary>The benefit code of the catalogue.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The case it is granted within, if any.</summary>
    public string? SocialCaseId { get; set; }

    /// <summary>The DSU protocol; required exactly when the benefit is means-tested.</summary>
    public string? IseeProtocol { get; set; }

    /// <summary>The first day.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The last day.</summary>
    public DateOnly EndDate { get; set; }

    /// <summary>The (first) payment day.</summary>
    public DateOnly PaymentDate { get; set; }

    /// <summary>The monthly amount in cents.</summary>
    public long MonthlyAmountCents { get; set; }

    /// <summary>The user's share in cents.</summary>
    public long UserShareCents { get; set; }

    /// <summary>The user area; the case's, else the benefit type's, when left out.</summary>
    public WelfareUserArea? Area { get; set; }

    /// <summary>Checks what needs no database: the code, the amounts and the period.</summary>
    /// <returns>The benefit type.</returns>
    public BenefitType Validate()
    {
        var type = BenefitCatalogue.Find(Code)
            ?? throw WelfareErrors.ForField(WelfareErrorCodes.UnknownBenefitCode, "code", $"'{Code}' is not a benefit code of the catalogue (see Query.welfareBenefitTypes).");
        if (MonthlyAmountCents < 0 || UserShareCents < 0)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidAmount, "NEGATIVE", "Amounts must not be negative.");
        }
        if (UserShareCents > MonthlyAmountCents)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidAmount, "USER_SHARE_EXCEEDS_AMOUNT", "The user's share must not exceed the monthly amount.");
        }
        if (type.Form == BenefitForm.CashTransfer && UserShareCents != 0)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidAmount, "USER_SHARE_ON_CASH_TRANSFER", $"Benefit {type.Code} is money paid to the user: the user's share must be 0.");
        }
        if (EndDate < StartDate)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidPeriod, "END_BEFORE_START", "'endDate' must not be before 'startDate'.");
        }
        if (!type.IsPeriodic && EndDate != StartDate)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidPeriod, "ONE_OFF_SPANS_DAYS", $"Benefit {type.Code} is one-off: 'endDate' must equal 'startDate'.");
        }
        if (PaymentDate < StartDate)
        {
            throw WelfareErrors.WithReason(WelfareErrorCodes.InvalidPeriod, "PAYMENT_BEFORE_START", "'paymentDate' must not be before 'startDate'.");
        }
        if (type.IsMeansTested && string.IsNullOrWhiteSpace(IseeProtocol))
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.IseeRequired, "iseeProtocol", $"Benefit {type.Code} is means-tested: give the DSU protocol of the beneficiary's ISEE attestation.");
        }
        if (!type.IsMeansTested && IseeProtocol is not null)
        {
            throw WelfareErrors.ForField(WelfareErrorCodes.IseeNotApplicable, "iseeProtocol", $"Benefit {type.Code} is not means-tested: leave 'iseeProtocol' out.");
        }
        return type;
    }
}
