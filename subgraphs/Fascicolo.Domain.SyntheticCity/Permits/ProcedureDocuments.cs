using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Permits;

/// <summary>
/// The documents a procedure's file holds: what its kind requires at submission (signed files as
/// <c>.pdf.p7m</c>), the fee receipt when the fee was paid beforehand, and one bundle per integration received.
/// </summary>
internal static class ProcedureDocuments
{
    private const string Pdf = "application/pdf";
    private const string Signed = "application/pkcs7-mime";

    /// <summary>The documents of a procedure with these steps.</summary>
    public static IReadOnlyList<ProcedureDocument> File(
        ProcedureKind kind, BusinessSector? sector, IReadOnlyList<ProcedureStep> steps, bool feePaidBeforehand, SplitMix64 random)
    {
        var submittedAt = steps[0].At;
        var required = Required(kind, sector, feePaidBeforehand).ToList();
        var documents = new List<ProcedureDocument>(required.Count + 2);
        // Uploaded one after the other in the hour before the submission, in order.
        var uploadedAt = submittedAt.AddMinutes(-10 - (required.Count * 5));
        foreach (var (name, type) in required)
        {
            uploadedAt = uploadedAt.AddMinutes(random.Next(1, 5)).AddSeconds(random.Next(60));
            documents.Add(Document(name, type, uploadedAt, random));
        }
        var integration = 0;
        foreach (var step in steps.Where(s => s.Transition == ProcedureTransition.ReceiveIntegration))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"integrazione_documentale_{++integration:D2}.pdf.p7m");
            documents.Add(Document(name, ProcedureDocumentType.Integration, step.At.AddMinutes(-random.Next(2, 30)), random));
        }
        return documents;
    }

    /// <summary>A document with a plausible size for its type and a random digest.</summary>
    public static ProcedureDocument Document(string name, ProcedureDocumentType type, DateTimeOffset uploadedAt, SplitMix64 random)
    {
        var (min, max) = SizeRange(type);
        var size = min + (long)(random.NextDouble() * (max - min));
        var mediaType = name.EndsWith(".p7m", StringComparison.Ordinal) ? Signed : Pdf;
        return new ProcedureDocument(name, type, mediaType, size, Digest(random), uploadedAt);
    }

    private static IEnumerable<(string Name, ProcedureDocumentType Type)> Required(ProcedureKind kind, BusinessSector? sector, bool feePaidBeforehand)
    {
        yield return (ApplicationFormName(kind), ProcedureDocumentType.ApplicationForm);
        if (ProcedureKinds.Of(kind).Desk == PermitDesk.Sue)
        {
            yield return ("relazione_tecnica_asseverata.pdf.p7m", ProcedureDocumentType.TechnicalReport);
            yield return ("elaborati_grafici_stato_attuale_e_progetto.pdf.p7m", ProcedureDocumentType.Drawings);
            yield return ("documentazione_fotografica.pdf", ProcedureDocumentType.PhotographicSurvey);
        }
        else
        {
            yield return ("relazione_tecnica.pdf.p7m", ProcedureDocumentType.TechnicalReport);
            yield return ("planimetria_locali.pdf.p7m", ProcedureDocumentType.FloorPlan);
            if (sector is BusinessSector.FoodService or BusinessSector.FoodShop)
            {
                yield return ("piano_autocontrollo_haccp.pdf", ProcedureDocumentType.HaccpPlan);
            }
        }
        yield return ("documento_identita.pdf", ProcedureDocumentType.IdentityDocument);
        if (feePaidBeforehand)
        {
            yield return ("ricevuta_diritti_istruttoria.pdf", ProcedureDocumentType.FeeReceipt);
        }
    }

    private static string ApplicationFormName(ProcedureKind kind) => kind switch
    {
        ProcedureKind.Cila => "modulo_cila.pdf.p7m",
        ProcedureKind.BuildingScia => "modulo_scia_edilizia.pdf.p7m",
        ProcedureKind.BuildingPermit => "istanza_permesso_di_costruire.pdf.p7m",
        ProcedureKind.BusinessScia => "modulo_scia_suap.pdf.p7m",
        ProcedureKind.BusinessAuthorisation => "istanza_autorizzazione_suap.pdf.p7m",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown procedure kind."),
    };

    // Bytes: forms and receipts are small, drawings and photographs large.
    private static (long Min, long Max) SizeRange(ProcedureDocumentType type) => type switch
    {
        ProcedureDocumentType.ApplicationForm => (120_000, 600_000),
        ProcedureDocumentType.TechnicalReport => (300_000, 4_000_000),
        ProcedureDocumentType.Drawings => (2_000_000, 30_000_000),
        ProcedureDocumentType.PhotographicSurvey => (3_000_000, 20_000_000),
        ProcedureDocumentType.FloorPlan => (500_000, 6_000_000),
        ProcedureDocumentType.HaccpPlan => (200_000, 2_000_000),
        ProcedureDocumentType.IdentityDocument => (150_000, 1_200_000),
        ProcedureDocumentType.FeeReceipt => (40_000, 160_000),
        ProcedureDocumentType.Integration => (300_000, 12_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    private static string Digest(SplitMix64 random) => string.Create(64, random, static (chars, source) =>
    {
        for (var word = 0; word < 4; word++)
        {
            source.NextUInt64().TryFormat(chars[(word * 16)..], out _, "x16", CultureInfo.InvariantCulture);
        }
    });
}
