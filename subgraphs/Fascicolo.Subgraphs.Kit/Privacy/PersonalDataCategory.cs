namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The values of <c>@personalData(category:)</c>: how much protection a piece of personal data
/// needs under the GDPR and the Italian privacy code.
/// </summary>
public static class PersonalDataCategory
{
    /// <summary>Ordinary personal data (GDPR art. 4): identity, contacts, residence.</summary>
    public const string Common = "common";

    /// <summary>
    /// Special categories of personal data (GDPR art. 9, the Italian "dati sensibili"): health,
    /// disability, social-service records. Only the person and the competent operators may read it.
    /// </summary>
    public const string Sensitive = "sensitive";

    /// <summary>Data on criminal convictions and offences (GDPR art. 10).</summary>
    public const string Judicial = "judicial";
}
