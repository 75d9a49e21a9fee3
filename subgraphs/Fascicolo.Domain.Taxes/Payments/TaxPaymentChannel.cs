namespace Fascicolo.Domain.Taxes.Payments;

/// <summary>How a tax payment reached the city.</summary>
public enum TaxPaymentChannel
{
    /// <summary>The F24 form, through a bank, the post office or online banking (IMU).</summary>
    F24 = 1,

    /// <summary>A pagoPA notice (TARI instalments, assessments).</summary>
    PagoPa = 2,
}
