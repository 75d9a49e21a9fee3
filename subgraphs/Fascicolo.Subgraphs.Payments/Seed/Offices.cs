using Fascicolo.Subgraphs.Payments.Data;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>The creditor's office in charge of each service (GPD <c>officeName</c>).</summary>
internal static class Offices
{
    /// <summary>The office of a service.</summary>
    public static string Of(PaymentService service) => service switch
    {
        PaymentService.Imu or PaymentService.Tari => "Direzione Entrate e Tributi",
        PaymentService.TrafficFine => "Polizia Locale",
        PaymentService.SchoolCanteen => "Servizi Educativi - Ristorazione scolastica",
        PaymentService.PermitFee => "Sportello Unico Edilizia e Attività Produttive",
        PaymentService.VehicleTax => "Settore Tasse automobilistiche",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };
}
