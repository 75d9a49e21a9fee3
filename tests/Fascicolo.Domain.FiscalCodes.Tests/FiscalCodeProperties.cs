using CsCheck;

namespace Fascicolo.Domain.FiscalCodes.Tests;

public class FiscalCodeProperties
{
    [Fact]
    public void Parse_Should_RoundTripBirthDateSexAndBirthplace_When_CodeIsGenerated() =>
        Generators.PersonalData.Sample(
            person =>
            {
                var generated = FiscalCodeGenerator.Generate(person);
                var code = Generators.ParseAtReferenceDate(generated);

                Assert.Equal(generated, code.Value);
                Assert.Equal(generated, code.BaseCode);
                Assert.False(code.IsOmocodic);
                Assert.Equal(person.BirthDate, code.BirthDate);
                Assert.Equal(person.Sex, code.Sex);
                Assert.Equal(person.BirthplaceCode, code.BirthplaceCode);
            },
            iter: Generators.Iterations);

    [Fact]
    public void Parse_Should_DecodeTheSamePerson_When_CodeIsOmocodicAtAnyLevel() =>
        Generators.PersonalData.Sample(
            person =>
            {
                var generated = FiscalCodeGenerator.Generate(person);
                for (var level = 1; level <= 7; level++)
                {
                    var variant = FiscalCodeGenerator.ApplyOmocodia(generated, level);
                    var code = Generators.ParseAtReferenceDate(variant);

                    Assert.True(code.IsOmocodic);
                    Assert.Equal(variant, code.Value);
                    Assert.Equal(generated, code.BaseCode);
                    Assert.Equal(person.BirthDate, code.BirthDate);
                    Assert.Equal(person.Sex, code.Sex);
                    Assert.Equal(person.BirthplaceCode, code.BirthplaceCode);
                }
            },
            iter: Generators.Iterations);

    [Fact]
    public void TryParse_Should_Reject_When_OneCharacterIsChangedWithinTheLayout() =>
        Gen.Select(Generators.PersonalData, Gen.Int[0, 7], Gen.Int[0, 15], Gen.Int[0, 1000])
            .Sample(
                (person, level, position, pick) =>
                {
                    var generated = FiscalCodeGenerator.Generate(person);
                    var original = level == 0 ? generated : FiscalCodeGenerator.ApplyOmocodia(generated, level);
                    var allowed = Generators.AllowedAt(position);
                    var replacement = allowed[pick % allowed.Length];
                    if (replacement == original[position])
                    {
                        replacement = allowed[(pick + 1) % allowed.Length];
                    }

                    var changed = string.Concat(original.AsSpan(0, position), [replacement], original.AsSpan(position + 1));

                    Assert.False(
                        FiscalCode.TryParse(changed, Generators.ReferenceDate, Birthplaces.Default, out _, out _),
                        $"{changed} (changed from {original}) was accepted");
                },
                iter: Generators.Iterations);
}
