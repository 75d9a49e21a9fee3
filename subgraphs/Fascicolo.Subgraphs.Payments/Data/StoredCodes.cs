using System.Collections.Frozen;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>The text codes the tables store for the subgraph's own enums.</summary>
internal static class StoredCodes
{
    private static readonly FrozenDictionary<PaymentService, string> Services = new Dictionary<PaymentService, string>
    {
        [PaymentService.Imu] = "IMU",
        [PaymentService.Tari] = "TARI",
        [PaymentService.VehicleTax] = "VEHICLE_TAX",
        [PaymentService.TrafficFine] = "TRAFFIC_FINE",
        [PaymentService.SchoolCanteen] = "SCHOOL_CANTEEN",
        [PaymentService.PermitFee] = "PERMIT_FEE",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, PaymentService> ServicesByCode =
        Services.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<ReceiptPaymentMethod, string> Methods = new Dictionary<ReceiptPaymentMethod, string>
    {
        [ReceiptPaymentMethod.Cash] = "CASH",
        [ReceiptPaymentMethod.CreditCard] = "CREDIT_CARD",
        [ReceiptPaymentMethod.Bancomat] = "BANCOMAT",
        [ReceiptPaymentMethod.Other] = "OTHER",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, ReceiptPaymentMethod> MethodsByCode =
        Methods.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>E.g. <c>VEHICLE_TAX</c>.</summary>
    public static string ToCode(this PaymentService service) => Services[service];

    /// <summary>E.g. <c>CREDIT_CARD</c>.</summary>
    public static string ToCode(this ReceiptPaymentMethod method) => Methods[method];

    /// <summary>The service a stored code names.</summary>
    public static PaymentService ParseService(string code) => ServicesByCode[code];

    /// <summary>The payment method a stored code names.</summary>
    public static ReceiptPaymentMethod ParseMethod(string code) => MethodsByCode[code];
}
