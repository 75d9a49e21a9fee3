namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// The ways into a victim's records other than <c>citizen(fiscalCode:)</c>: a root field of the graph
/// taking the record's id, and (for entities) the representation a subgraph's <c>_entities</c> takes.
/// Selections stay within the owning subgraph and ask for the personal fields and the data subject.
/// </summary>
/// <param name="Name">The record kind, for the summary.</param>
/// <param name="Subgraph">The subgraph owning the record (and the section its values come from).</param>
/// <param name="IdKind">Which of the victim's ids (<see cref="VictimIds"/>) it takes.</param>
/// <param name="RootField">The gateway root field, with <c>{0}</c> (and <c>{1}</c>) for the id as a GraphQL string.</param>
/// <param name="TypeName">The entity type for <c>_entities</c>; null when the record is not an entity of its subgraph.</param>
/// <param name="KeyField">The entity's key field.</param>
/// <param name="Selection">What to read of the record.</param>
internal sealed record EntityRoot(string Name, string Subgraph, string IdKind, string RootField, string? TypeName, string? KeyField, string Selection)
{
    /// <summary>Every way in.</summary>
    public static IReadOnlyList<EntityRoot> All { get; } =
    [
        new("vehicle", DossierSections.Mobility, VictimIds.Plate, "vehicle(plate: {0})", "Vehicle", "plate",
            "plate make model registrationDate owner { fiscalCode } insurance { insurer expiresOn } trafficFines { number place amount { cents formatted } }"),
        new("trafficFine", DossierSections.Mobility, VictimIds.Fine, "trafficFine(number: {0}, plate: {1})", null, null,
            "number place violation committedAt amount { cents formatted } debtor { fiscalCode }"),
        new("socialCase", DossierSections.Welfare, VictimIds.SocialCase, "socialCase(id: {0})", "SocialCase", "id",
            "id socialWorker openedOn person { fiscalCode } history { occurredOn note } benefits { id name monthlyAmount { cents formatted } }"),
        new("iseeAttestation", DossierSections.Welfare, VictimIds.IseeProtocol, "iseeAttestation(protocol: {0})", null, null,
            "protocol issuedOn members isee { cents formatted } isr { cents } declarant { fiscalCode }"),
        new("paymentPosition", DossierSections.Payments, VictimIds.Iupd, "paymentPosition(iupd: {0})", "PaymentPosition", "iupd",
            "iupd fiscalCode fullName description amount { cents formatted } paymentOptions { nav iuv amount { cents } } receipts { receiptId paymentDateTime }"),
        new("paymentNotice", DossierSections.Payments, VictimIds.Nav, "paymentNotice(nav: {0})", null, null,
            "iuv nav description amount { cents formatted } position { iupd fiscalCode fullName description }"),
        new("debtorPosition", DossierSections.Payments, VictimIds.FiscalCode, "debtorPosition(fiscalCode: {0})", null, null,
            "fiscalCode totalOpen { cents formatted } totalPaid { cents formatted } open { iupd description amount { cents } } paid { iupd description }"),
        new("taxAssessment", DossierSections.Taxes, VictimIds.TaxAssessment, "taxAssessment(id: {0})", "TaxAssessment", "id",
            "id notifiedOn taxpayer { fiscalCode } total { cents formatted } items { description amount { cents } }"),
        new("procedure", DossierSections.Permits, VictimIds.Procedure, "procedure(id: {0})", "Procedure", "id",
            "id protocolNumber title submittedAt applicant { fiscalCode } fees { description amount { cents formatted } }"),
        new("procedureByProtocolNumber", DossierSections.Permits, VictimIds.ProtocolNumber, "procedureByProtocolNumber(protocolNumber: {0})", null, null,
            "id protocolNumber title submittedAt applicant { fiscalCode } fees { amount { cents formatted } }"),
        new("company", DossierSections.Permits, VictimIds.Company, "company(fiscalCode: {0})", "Company", "fiscalCode",
            "fiscalCode name registeredOn owner { fiscalCode } procedures { id title protocolNumber }"),
        new("enrolment", DossierSections.Education, VictimIds.Enrolment, "enrolment(id: {0})", "Enrolment", "id",
            "id className section enrolledOn pupil { fiscalCode } canteen { iseeProtocol mealFee { cents formatted } } specialDiets { code description }"),
        new("household", DossierSections.Registry, VictimIds.Household, "household(id: {0})", "Household", "id",
            "id members { relationship { code } citizen { fiscalCode fullName birthDate } }"),
        new("householdSocialFolder", DossierSections.Welfare, VictimIds.Household, "household(id: {0})", "Household", "id",
            "id socialFolder { benefits { id name monthlyAmount { cents formatted } } iseeAttestations { protocol isee { cents formatted } } }"),
        new("building", DossierSections.Territory, VictimIds.Building, "building(id: {0})", "Building", "id",
            "id cadastralUnits { id owners { owner { fiscalCode } since } } condominium { id units { id owners { owner { fiscalCode } } } }"),
        new("cadastralUnit", DossierSections.Territory, VictimIds.CadastralUnit, "cadastralUnit(id: {0})", "CadastralUnit", "id",
            "id owners { owner { fiscalCode } since }"),
    ];

    /// <summary>The entities each subgraph resolves through <c>_entities</c> (besides <c>Citizen</c>).</summary>
    public static IEnumerable<EntityRoot> EntitiesOf(string subgraph) =>
        All.Where(root => root.Subgraph == subgraph && root.TypeName is not null);
}
