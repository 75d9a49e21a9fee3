using Fascicolo.Domain.Payments.Positions;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>A row of <c>payment_transfer</c>: the part of an option's amount paid out to one beneficiary.</summary>
/// <param name="Iuv">The option it belongs to.</param>
/// <param name="IdTransfer">Its number within the option, 1 to 5.</param>
/// <param name="AmountCents">The amount in euro cents.</param>
/// <param name="OrganizationFiscalCode">The beneficiary's fiscal code.</param>
/// <param name="CompanyName">The beneficiary's name.</param>
/// <param name="Iban">The account credited.</param>
/// <param name="RemittanceInformation">The causale of the credit transfer.</param>
/// <param name="Category">The pagoPA taxonomy code of the income, e.g. <c>9/0101101IM/</c>.</param>
/// <param name="Status">Whether it has been reported.</param>
internal sealed record TransferRecord(
    string Iuv,
    int IdTransfer,
    long AmountCents,
    string OrganizationFiscalCode,
    string CompanyName,
    string Iban,
    string RemittanceInformation,
    string Category,
    TransferStatus Status);
