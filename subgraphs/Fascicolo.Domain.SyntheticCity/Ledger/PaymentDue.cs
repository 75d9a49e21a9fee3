namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>
/// A debt the city (or the region) claims through pagoPA: what the payments subgraph seeds as a GPD
/// debt position, and what taxes, mobility, education and permits point at by <see cref="Iupd"/>.
/// </summary>
/// <param name="Iupd">The position's number, unique in the city; see <see cref="Iupds"/>.</param>
/// <param name="Service">What the debt is for.</param>
/// <param name="DebtorFiscalCode">A resident's fiscal code, or a company's 11-digit code.</param>
/// <param name="CreditorFiscalCode">The creditor organisation; see <see cref="Creditors"/>.</param>
/// <param name="Description">The causale shown to the debtor, at most 140 characters.</param>
/// <param name="Year">The year the debt belongs to (tax year, school year start, fine year).</param>
/// <param name="PublishedOn">The day the position was published.</param>
/// <param name="ValidityDate">The day it becomes payable, or null when payable on publication.</param>
/// <param name="SwitchToExpired">Whether it expires after the last due date instead of staying payable.</param>
/// <param name="Options">
/// Either one full option, or instalments, or one full option and the instalments as an alternative.
/// </param>
public sealed record PaymentDue(
    string Iupd,
    PaymentService Service,
    string DebtorFiscalCode,
    string CreditorFiscalCode,
    string Description,
    int Year,
    DateOnly PublishedOn,
    DateOnly? ValidityDate,
    bool SwitchToExpired,
    IReadOnlyList<PaymentDueOption> Options);
