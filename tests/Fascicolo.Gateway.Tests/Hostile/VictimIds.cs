using System.Text.Json;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>The ids of a person's records, as their dossier names them: what an attacker would put in a root field or a representation.</summary>
internal static class VictimIds
{
    public const string FiscalCode = "fiscalCode";
    public const string Plate = "plate";
    public const string Fine = "fine";
    public const string SocialCase = "socialCase";
    public const string IseeProtocol = "iseeProtocol";
    public const string Iupd = "iupd";
    public const string Nav = "nav";
    public const string TaxAssessment = "taxAssessment";
    public const string Procedure = "procedure";
    public const string ProtocolNumber = "protocolNumber";
    public const string Company = "company";
    public const string Enrolment = "enrolment";
    public const string Household = "household";
    public const string CadastralUnit = "cadastralUnit";
    public const string Building = "building";

    /// <summary>The ids in <paramref name="citizen"/> (a dossier's <c>citizen</c> object), by kind; each id is one or more arguments.</summary>
    public static Dictionary<string, List<string[]>> Read(string fiscalCode, JsonElement citizen)
    {
        var ids = new Dictionary<string, List<string[]>>(StringComparer.Ordinal) { [FiscalCode] = [[fiscalCode]] };
        Add(ids, Plate, citizen, "vehicles", "plate");
        Add(ids, SocialCase, citizen, "socialFolder.cases", "id");
        Add(ids, IseeProtocol, citizen, "socialFolder.iseeAttestations", "protocol");
        Add(ids, Iupd, citizen, "debtPosition.open", "iupd");
        Add(ids, Iupd, citizen, "debtPosition.paid", "iupd");
        Add(ids, Nav, citizen, "debtPosition.open.paymentOptions", "nav");
        Add(ids, TaxAssessment, citizen, "taxPosition.assessments", "id");
        Add(ids, Procedure, citizen, "procedures", "id");
        Add(ids, ProtocolNumber, citizen, "procedures", "protocolNumber");
        Add(ids, Company, citizen, "companies", "fiscalCode");
        Add(ids, Enrolment, citizen, "enrolments", "id");
        Add(ids, Household, citizen, "household", "id");
        Add(ids, CadastralUnit, citizen, "properties", "id");
        Add(ids, Building, citizen, "residence.building", "id");
        foreach (var fine in Objects(citizen, "trafficFines"))
        {
            if (Text(fine, "number") is { } number && fine.TryGetProperty("vehicle", out var vehicle) && Text(vehicle, "plate") is { } plate)
            {
                Append(ids, Fine, [number, plate]);
            }
        }

        return ids;
    }

    private static void Add(Dictionary<string, List<string[]>> ids, string kind, JsonElement citizen, string path, string field)
    {
        foreach (var item in Objects(citizen, path))
        {
            if (Text(item, field) is { } id)
            {
                Append(ids, kind, [id]);
            }
        }
    }

    private static void Append(Dictionary<string, List<string[]>> ids, string kind, string[] id)
    {
        if (!ids.TryGetValue(kind, out var list))
        {
            ids[kind] = list = [];
        }

        if (!list.Any(existing => existing.SequenceEqual(id, StringComparer.Ordinal)))
        {
            list.Add(id);
        }
    }

    /// <summary>The objects at a dot path, flattening lists on the way.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root, string path)
    {
        IEnumerable<JsonElement> current = [root];
        foreach (var step in path.Split('.'))
        {
            current = current
                .Select(element => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(step, out var next) ? next : default)
                .SelectMany(next => next.ValueKind == JsonValueKind.Array ? next.EnumerateArray() : next.ValueKind == JsonValueKind.Object ? [next] : Enumerable.Empty<JsonElement>())
                .ToList();
        }

        return current;
    }

    private static string? Text(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
