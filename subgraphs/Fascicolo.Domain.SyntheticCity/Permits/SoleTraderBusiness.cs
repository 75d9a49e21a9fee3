using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The sole-trader persona's business, the same in every city: Stefano Ravera's trattoria, a
/// ditta individuale opened a few weeks before the reference date, and its SUAP SCIA, now back
/// under review after an integration. Its dates are counted back from the reference date.
/// </summary>
public static class SoleTraderBusiness
{
    /// <summary>The trattoria's VAT number (progressive 0198765, Genova office 010).</summary>
    public const string CompanyFiscalCode = "01987650106";

    /// <summary>The trattoria's registered name.</summary>
    public const string CompanyName = "Trattoria Ravera di Ravera Stefano";

    /// <summary>The id of the SCIA that opens the trattoria: the first procedure of every city.</summary>
    public const string ProcedureId = "PRC-0000001";

    /// <summary>The protocol number of the SCIA within the year it was filed.</summary>
    public const int ProtocolSequence = 398_215;

    /// <summary>The SCIA's title.</summary>
    public const string ProcedureTitle = "SCIA per l'avvio dell'attività di somministrazione di alimenti e bevande (trattoria)";

    private const string AtecoCode = "56.10.11";
    private const string Officer = "suap.istruttore02";
    private const string MissingDocuments = "Trasmettere la planimetria dei locali con il layout delle attrezzature e il piano di autocontrollo HACCP";

    /// <summary>The trattoria, with premises in the persona's own building when it has shops, else in a shop building of the centre.</summary>
    internal static Company Company(City city, PermitCandidates candidates)
    {
        var persona = city.GetPersona(DemoPersonaKeys.SoleTrader);
        var home = city.FindBuilding(city.FindDwelling(city.FindHousehold(city.FindResident(persona.FiscalCode)!.HouseholdId)!.DwellingId)!.BuildingId)!;
        var premises = home.Use is BuildingUse.Mixed or BuildingUse.Commercial
            ? home
            : candidates.Premises.FirstOrDefault(b => b.Municipio == home.Municipio) ?? (candidates.Premises.Count > 0 ? candidates.Premises[0] : home);
        return new Company(CompanyFiscalCode, CompanyName, LegalForms.SoleProprietorship, persona.FiscalCode, AtecoCode, premises.Id)
        {
            RegisteredOn = city.Options.ReferenceDate.AddDays(-73),
        };
    }

    /// <summary>The SCIA: filed 45 days before the reference date, integration asked 31 days before and received 23 days before.</summary>
    internal static ProcedureDraft Procedure(City city, Company company, SplitMix64 random)
    {
        var day0 = city.Options.ReferenceDate;
        DateTimeOffset At(int daysBefore, int hour, int minute) =>
            new(day0.AddDays(-daysBefore).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
        var applicant = company.OwnerFiscalCode;
        var submittedAt = At(45, 8, 42);
        var integratedAt = At(23, 15, 20);
        ProcedureStep[] steps =
        [
            new(ProcedureState.Submitted, null, submittedAt, applicant, null),
            new(ProcedureState.UnderReview, ProcedureTransition.StartReview, At(43, 9, 15), Officer, null),
            new(ProcedureState.IntegrationRequested, ProcedureTransition.RequestIntegration, At(31, 10, 5), Officer, MissingDocuments),
            new(ProcedureState.UnderReview, ProcedureTransition.ReceiveIntegration, integratedAt, applicant, ProcedureNotes.IntegrationReceived),
        ];
        ProcedureDocument[] documents =
        [
            ProcedureDocuments.Document("modulo_scia_suap.pdf.p7m", ProcedureDocumentType.ApplicationForm, submittedAt.AddMinutes(-25), random),
            ProcedureDocuments.Document("relazione_tecnica.pdf.p7m", ProcedureDocumentType.TechnicalReport, submittedAt.AddMinutes(-21), random),
            ProcedureDocuments.Document("documento_identita.pdf", ProcedureDocumentType.IdentityDocument, submittedAt.AddMinutes(-18), random),
            ProcedureDocuments.Document("ricevuta_diritti_istruttoria.pdf", ProcedureDocumentType.FeeReceipt, submittedAt.AddMinutes(-16), random),
            ProcedureDocuments.Document("planimetria_locali_layout_attrezzature.pdf.p7m", ProcedureDocumentType.FloorPlan, integratedAt.AddMinutes(-12), random),
            ProcedureDocuments.Document("piano_autocontrollo_haccp.pdf", ProcedureDocumentType.HaccpPlan, integratedAt.AddMinutes(-9), random),
        ];
        var paidOn = day0.AddDays(-48);
        return new ProcedureDraft(
            "persona", ProcedureKind.BusinessScia, ProcedureTitle, applicant, company.BuildingId, company.FiscalCode, steps, documents, new FeePlan(paidOn, paidOn.AddDays(30), paidOn));
    }
}
