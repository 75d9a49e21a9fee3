using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fascicolo.Domain.SyntheticCity.Tests;

/// <summary>
/// A canonical text form of every record (invariant culture, fixed field order), so that two cities
/// can be compared by a digest and a snapshot can show records readably.
/// </summary>
internal static class CityText
{
    /// <summary>SHA-256 of every record of the city, in hex.</summary>
    public static string Digest(City city)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in Lines(city))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every record, one line each: municipalities, buildings, dwellings, households, residents, personas.</summary>
    public static IEnumerable<string> Lines(City city) =>
        city.Municipalities.Select(Line)
            .Concat(city.Buildings.Select(Line))
            .Concat(city.Dwellings.Select(Line))
            .Concat(city.Households.Select(Line))
            .Concat(city.Residents.Select(Line))
            .Concat(city.Personas.Select(Line));

    public static string Line(Municipality m) =>
        Join("M", m.IstatCode, m.BelfioreCode, m.Name, m.Province, string.Join(",", m.Municipi.Select(x => $"{x.Number}:{x.Name}")));

    public static string Line(Building b) =>
        Join("B", b.Id, b.MunicipalityCode, b.Municipio, b.Street, b.HouseNumber, b.PostalCode, b.Latitude, b.Longitude, b.ConstructionYear, b.Use);

    public static string Line(Dwelling d) =>
        Join("D", d.Id, d.BuildingId, d.Floor, d.Unit, d.SurfaceSquareMetres, d.CadastralCategory);

    public static string Line(Household h) =>
        Join("H", h.Id, h.DwellingId, h.HeadFiscalCode, string.Join(",", h.Members.Select(m => $"{m.FiscalCode}:{m.RelationshipCode}")));

    public static string Line(Resident r) =>
        Join(
            "R", r.FiscalCode, r.Surname, r.GivenName, r.Sex, r.BirthDate, r.BirthplaceCode, r.Citizenship, r.CivilStatus, r.HouseholdId, r.RelationshipCode,
            string.Join(",", r.Documents.Select(d => Join("doc", d.Number, d.Type, d.IssuedOn, d.ExpiresOn, d.IssuedBy))));

    public static string Line(DemoPersona p) => Join("P", p.Key, p.FiscalCode, p.FullName, p.Description);

    private static string Join(params object?[] fields) => string.Join("|", fields.Select(Format));

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
