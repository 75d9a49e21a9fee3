namespace Fascicolo.Domain.SyntheticCity.Ledger;

/// <summary>The creditor organisations (enti creditori) of the city's payments, by fiscal code.</summary>
public static class Creditors
{
    /// <summary>Comune di Genova.</summary>
    public const string ComuneDiGenova = "00856930102";

    /// <summary>Regione Liguria, creditor of the vehicle tax.</summary>
    public const string RegioneLiguria = "00849050109";

    /// <summary>The creditor's name for a fiscal code of this class.</summary>
    public static string NameOf(string fiscalCode) => fiscalCode switch
    {
        ComuneDiGenova => "Comune di Genova",
        RegioneLiguria => "Regione Liguria",
        _ => throw new ArgumentOutOfRangeException(nameof(fiscalCode), fiscalCode, "Not a creditor of the synthetic city."),
    };
}
