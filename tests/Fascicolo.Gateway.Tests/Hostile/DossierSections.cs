using GraphQLParser;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// A citizen's personal data, one section per subgraph: the selection on <c>Citizen</c> of that
/// subgraph's own fields, never following a reference into another subgraph or into public data
/// (schools, buildings, cadastral data), so every value a section returns is that subgraph's personal
/// data about the citizen. The privileged dossier read and the hostile requests use the same sections.
/// </summary>
internal static class DossierSections
{
    public const string Registry = "registry";
    public const string Taxes = "taxes";
    public const string Payments = "payments";
    public const string Welfare = "welfare";
    public const string Education = "education";
    public const string Mobility = "mobility";
    public const string Permits = "permits";
    public const string Territory = "territory";

    /// <summary>Not a selection: the texts of the person's access log (audit subgraph), which no attacker's department owns.</summary>
    public const string AccessLog = "audit";

    /// <summary>Each section's selection on <c>Citizen</c>, by section (= subgraph) name.</summary>
    public static IReadOnlyDictionary<string, string> Selections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Registry] = """
            givenName surname fullName birthDate birthplace { code name } citizenship
            residence { street houseNumber postalCode building { id } }
            household { id members { relationship { code } citizen { fiscalCode } } }
            identityDocuments { number issuedOn expiresOn issuedBy }
            """,
        [Taxes] = """
            taxPosition(year: 2024) {
              imu { tax { cents formatted } paid { cents } properties { taxableBase { cents } tax { cents } possessedSince } }
              tari { tax { cents formatted } bills { total { cents } } }
              assessments { id notifiedOn total { cents formatted } items { description amount { cents } } }
              payments { amount { cents } paidOn }
              balance { due { cents } paid { cents } outstanding { cents } }
            }
            """,
        [Payments] = """
            debtPosition {
              totalOpen { cents formatted } totalPaid { cents formatted }
              open { iupd description amount { cents formatted } paymentOptions { nav iuv } }
              paid { iupd description amount { cents formatted } receipts { receiptId pspCompanyName paymentDateTime } }
            }
            """,
        [Welfare] = """
            socialFolder {
              cases { id socialWorker openedOn history { occurredOn note } }
              benefits { id name iseeProtocol startDate monthlyAmount { cents formatted } userShare { cents } }
              iseeAttestations { protocol issuedOn isee { cents formatted } isr { cents } isp { cents } }
            }
            """,
        [Education] = """
            enrolments { id className section enrolledOn canteen { iseeProtocol mealFee { cents formatted } } specialDiets { code description } }
            canteenBills { iupd periodStart amount { cents formatted } }
            bookVouchers { number amount { cents formatted } bookshop }
            """,
        [Mobility] = """
            vehicles { plate make model registrationDate insurance { insurer expiresOn } vehicleTax { amount { cents formatted } dueDate } }
            trafficFines { number vehicle { plate } place violation committedAt amount { cents formatted } }
            ztlPermits { number plate validUntil }
            """,
        [Permits] = """
            procedures { id protocolNumber title submittedAt fees { description amount { cents formatted } } }
            companies { fiscalCode name registeredOn }
            """,
        [Territory] = """
            properties { id }
            redZoneRegistrations { id registeredAt members { phone } }
            """,
    };

    /// <summary>The section names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Selections.Keys];

    /// <summary>The section (subgraph) each top-level field of the sections comes from, read from the selections themselves.</summary>
    public static IReadOnlyDictionary<string, string> SectionOfField { get; } = Selections
        .SelectMany(section => Parser.Parse("{" + section.Value + "}").Definitions.OfType<GraphQLOperationDefinition>().Single()
            .SelectionSet.Selections.OfType<GraphQLField>().Select(field => (Field: field.Name.StringValue, Section: section.Key)))
        .ToDictionary(pair => pair.Field, pair => pair.Section, StringComparer.Ordinal);

    /// <summary>The department owning a section's data (the common brief's list).</summary>
    public static string DepartmentOf(string section) => section == Welfare ? "social" : section;

    /// <summary>Every section in one selection (the full dossier).</summary>
    public static string All => string.Join('\n', Selections.Values);

    /// <summary>The selection of the named sections.</summary>
    public static string Of(IEnumerable<string> sections) => string.Join('\n', sections.Select(section => Selections[section]));
}
