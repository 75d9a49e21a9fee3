using System.Text.RegularExpressions;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed partial class DocumentTests
{
    [GeneratedRegex("^C[A-Z][0-9]{5}[A-Z]{2}$")]
    private static partial Regex CieNumber();

    [GeneratedRegex("^[A-Z]{2}[0-9]{7}$")]
    private static partial Regex OlderNumber();

    private static City City => Cities.Large;

    private static IEnumerable<(Resident Holder, IdentityDocument Document)> Documents =>
        City.Residents.SelectMany(r => r.Documents.Select(d => (r, d)));

    [Fact]
    public void Documents_Should_HaveUniqueWellFormedNumbers_When_CityIsGenerated()
    {
        Assert.Equal(Documents.Count(), Documents.Select(x => x.Document.Number).Distinct().Count());
        Assert.All(Documents, x => Assert.Matches(x.Document.Type == IdentityDocumentType.ElectronicIdentityCard ? CieNumber() : OlderNumber(), x.Document.Number));
    }

    [Fact]
    public void Documents_Should_BeIssuedAfterBirthAndExpireLater_When_CityIsGenerated()
    {
        foreach (var (holder, document) in Documents)
        {
            Assert.True(document.IssuedOn > holder.BirthDate, $"{document.Number} was issued before {holder.FiscalCode} was born.");
            Assert.True(document.IssuedOn <= City.Options.ReferenceDate, $"{document.Number} is issued in the future.");
            Assert.True(document.ExpiresOn > document.IssuedOn);
            if (document.Type != IdentityDocumentType.Passport)
            {
                // Identity cards expire on the holder's birthday (28 February for those born on the 29th).
                var year = document.ExpiresOn.Year;
                var birthday = holder.BirthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
                    ? new DateOnly(year, 2, 28)
                    : new DateOnly(year, holder.BirthDate.Month, holder.BirthDate.Day);
                Assert.Equal(birthday, document.ExpiresOn);
            }
        }
    }

    [Fact]
    public void Adults_Should_MostlyHoldAnElectronicIdentityCard_When_CityIsGenerated()
    {
        var today = City.Options.ReferenceDate;
        var adults = City.Residents.Where(r => r.AgeOn(today) >= 18).ToList();
        double Share(Func<Resident, bool> predicate) => adults.Count(predicate) / (double)adults.Count;

        Assert.InRange(Share(r => r.Documents.Any(d => d.Type == IdentityDocumentType.ElectronicIdentityCard)), 0.6, 0.9);
        Assert.InRange(Share(r => r.Documents.Any(d => d.Type == IdentityDocumentType.PaperIdentityCard)), 0.03, 0.25);
        Assert.InRange(Share(r => r.Documents.Any(d => d.Type == IdentityDocumentType.Passport)), 0.1, 0.4);
        Assert.InRange(Share(r => r.Documents.Count > 0 && r.Documents.All(d => !d.IsValidOn(today))), 0.01, 0.15);
    }

    [Fact]
    public void Documents_Should_NameTheirIssuer_When_CityIsGenerated()
    {
        Assert.All(Documents.Where(x => x.Document.Type != IdentityDocumentType.Passport), x => Assert.StartsWith("Comune di ", x.Document.IssuedBy, StringComparison.Ordinal));
        Assert.All(Documents.Where(x => x.Document.Type == IdentityDocumentType.Passport && x.Holder.Citizenship == "IT"), x => Assert.Equal("Questura di Genova", x.Document.IssuedBy));
    }
}
