using System.Globalization;
using System.Text;

namespace Fascicolo.Domain.FiscalCodes;

/// <summary>Reads the embedded <c>Data/birthplaces.csv</c> written by <c>Data/build-birthplaces.mjs</c>.</summary>
internal static class BirthplaceCsv
{
    private const string ResourceName = "Fascicolo.Domain.FiscalCodes.Data.birthplaces.csv";
    private const string Header = "code;name;province;foreign;validFrom;validTo;active;otherNames";
    private const int FieldCount = 8;

    /// <summary>Loads the birthplaces shipped with this assembly.</summary>
    public static Birthplaces LoadEmbedded()
    {
        using var stream = typeof(BirthplaceCsv).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return new Birthplaces(Read(stream));
    }

    /// <summary>Reads one birthplace per line after the header.</summary>
    /// <exception cref="InvalidDataException">The header or a line does not have the expected fields.</exception>
    public static List<Birthplace> Read(Stream csv)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"Expected the header '{Header}'.");
        }

        var birthplaces = new List<Birthplace>(capacity: 11_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                birthplaces.Add(ParseLine(line));
            }
        }

        return birthplaces;
    }

    private static Birthplace ParseLine(string line)
    {
        var fields = line.Split(';');
        if (fields.Length != FieldCount)
        {
            throw new InvalidDataException($"Expected {FieldCount} fields in '{line}'.");
        }

        // The shipped data has no validity dates (see NOTICE.md), so these are null for every row
        // and the parser can only report UnknownBirthplace, never BirthplaceNotValidAtBirthDate.
        return new Birthplace(
            Code: fields[0],
            Name: fields[1],
            Province: fields[2].Length == 0 ? null : fields[2],
            IsForeignState: fields[3] == "1",
            ValidFrom: ParseDate(fields[4]),
            ValidTo: ParseDate(fields[5]),
            IsActive: fields[6] == "1")
        {
            OtherNames = fields[7].Length == 0 ? [] : fields[7].Split('|'),
        };
    }

    private static DateOnly? ParseDate(string field) =>
        field.Length == 0 ? null : DateOnly.ParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
