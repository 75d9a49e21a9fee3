using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity.Data;
using Fascicolo.Domain.SyntheticCity.Generation;
using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Tests;

public sealed class DocumentNumbersTests
{
    private static readonly DateOnly Issued = new(2020, 5, 4);

    private static Resident Holding(params string[] numbers) => new(
        "RSSMRA45D25F205N", "Rossi", "Mario", Sex.Male, new(1945, 4, 25), "F205", "IT", CivilStatusCodes.Married, "HH-0000001", RelationshipCodes.Head,
        numbers.Select(n => new IdentityDocument(n, IdentityDocumentType.ElectronicIdentityCard, Issued, Issued.AddYears(10), "Comune di Genova")).ToArray());

    [Fact]
    public void Reserve_Should_RenumberWithinTheSeries_When_ANumberIsTaken()
    {
        var numbers = new DocumentNumbers(10);
        var household = new HouseholdDraft(GenovaAreas.All[0], "test", 0);
        var key = StreamKey.Root(1).Derive("renumbering");

        var first = numbers.Reserve(Holding("CA12345AB"), household, 0, key);
        var second = numbers.Reserve(Holding("CA12345AB", "CB00001ZZ"), household, 1, key);

        Assert.Equal("CA12345AB", first.Documents[0].Number);
        Assert.NotEqual("CA12345AB", second.Documents[0].Number);
        Assert.Matches("^CA[0-9]{5}[A-Z]{2}$", second.Documents[0].Number);
        Assert.Equal("CB00001ZZ", second.Documents[1].Number);
    }

    [Fact]
    public void Reserve_Should_ReturnTheSameResident_When_NoNumberIsTaken()
    {
        var numbers = new DocumentNumbers(10);
        var resident = Holding("YA1234567");

        Assert.Same(resident, numbers.Reserve(resident, new HouseholdDraft(GenovaAreas.All[0], "test", 0), 0, StreamKey.Root(1)));
    }
}
