using Fascicolo.Domain.SyntheticCity.Ledger;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>The creditors of the city's ledger and the other bodies their notices pay out to.</summary>
internal static class Beneficiaries
{
    /// <summary>Comune di Genova: IMU, TARI, fines, canteen, procedure fees.</summary>
    public static readonly Beneficiary ComuneDiGenova = new(Creditors.ComuneDiGenova, Creditors.NameOf(Creditors.ComuneDiGenova));

    /// <summary>Regione Liguria: the vehicle tax.</summary>
    public static readonly Beneficiary RegioneLiguria = new(Creditors.RegioneLiguria, Creditors.NameOf(Creditors.RegioneLiguria));

    /// <summary>Città Metropolitana di Genova (formerly the Provincia): the TEFA on every TARI payment.</summary>
    public static readonly Beneficiary CittaMetropolitanaDiGenova = new("80007350103", "Città Metropolitana di Genova");

    /// <summary>The creditor with a fiscal code; a code the ledger should not hold is named after itself.</summary>
    public static Beneficiary Creditor(string fiscalCode) => fiscalCode switch
    {
        Creditors.ComuneDiGenova => ComuneDiGenova,
        Creditors.RegioneLiguria => RegioneLiguria,
        _ => new Beneficiary(fiscalCode, "Ente creditore " + fiscalCode),
    };
}
