using System.Text.RegularExpressions;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Domain.SyntheticCity.Properties;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The permits facet of the synthetic city: businesses, procedures and fees, and their invariants.</summary>
public sealed partial class PermitsFacetTests
{
    private static readonly Lazy<City> Medium = new(() => SyntheticCityGenerator.Generate(new CityOptions { Residents = 10_000 }));

    private static City City => Medium.Value;

    [Fact]
    public void Companies_Should_HaveValidGenovaVatNumbers_When_Generated()
    {
        var companies = City.Companies();

        Assert.InRange(companies.Count, 50, 70); // six per thousand residents, plus the sole trader's
        Assert.Equal(companies.Count, companies.Select(c => c.FiscalCode).Distinct().Count());
        Assert.All(companies, c =>
        {
            Assert.True(CompanyFiscalCode.TryParse(c.FiscalCode, out _, out var error), $"{c.FiscalCode}: {error}");
            Assert.Equal("010", c.FiscalCode[7..10]); // the Genova provincial office
            Assert.NotNull(LegalForms.NameOf(c.LegalForm));
            Assert.NotNull(AtecoActivities.Find(c.AtecoCode));
            Assert.InRange(c.RegisteredOn, new DateOnly(1985, 1, 1), City.Options.ReferenceDate);
        });
    }

    [Fact]
    public void Companies_Should_BeOwnedByAdultResidentsWithPremisesInGenovasShops_When_Generated()
    {
        Assert.All(City.Companies(), c =>
        {
            var owner = City.FindResident(c.OwnerFiscalCode);
            Assert.NotNull(owner);
            Assert.True(owner.AgeOn(City.Options.ReferenceDate) >= 18, $"{c.Name}: owner aged {owner.AgeOn(City.Options.ReferenceDate)}");
            Assert.True(owner.AgeOn(c.RegisteredOn) >= 18, $"{c.Name}: registered before its owner came of age");
            var premises = City.FindBuilding(c.BuildingId);
            Assert.NotNull(premises);
            Assert.Equal("D969", premises.MunicipalityCode);
        });
        // Shops and offices are preferred; only the sole trader's premises may be his own home.
        Assert.All(City.Companies().Skip(1), c => Assert.NotEqual(BuildingUse.Residential, City.FindBuilding(c.BuildingId)!.Use));
    }

    [Fact]
    public void FindCompany_Should_ReturnTheCompany_When_GivenItsCodeAndNullOtherwise()
    {
        foreach (var company in City.Companies())
        {
            Assert.Same(company, City.FindCompany(company.FiscalCode));
        }
        Assert.Null(City.FindCompany("00856930102"));
        Assert.Null(City.FindCompany(""));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(2_000)]
    [InlineData(10_000)]
    public void SoleTrader_Should_HaveTheSameBusinessAndScia_When_TheCitySizeChanges(int residents)
    {
        var city = residents == 10_000 ? City : SyntheticCityGenerator.Generate(new CityOptions { Residents = residents });

        var company = city.FindCompany(SoleTraderBusiness.CompanyFiscalCode);
        Assert.NotNull(company);
        Assert.Equal(("Trattoria Ravera di Ravera Stefano", "DI", "RVRSFN72H30C621K", "56.10.11"), (company.Name, company.LegalForm, company.OwnerFiscalCode, company.AtecoCode));
        Assert.Same(company, city.Companies()[0]);

        var scia = city.FindPermitProcedure(SoleTraderBusiness.ProcedureId);
        Assert.NotNull(scia);
        Assert.Equal("PG/2025/0398215", scia.ProtocolNumber);
        Assert.Equal((ProcedureKind.BusinessScia, PermitDesk.Suap, ProcedureState.UnderReview, 4), (scia.Kind, scia.Desk, scia.State, scia.Version));
        Assert.Equal(SoleTraderBusiness.CompanyFiscalCode, scia.CompanyFiscalCode);
        Assert.Equal(company.BuildingId, scia.BuildingId);
        Assert.Equal(new DateOnly(2026, 2, 7), ProcedureDeadlines.ConclusionDueOn(scia.Kind, scia.State, scia.Terms));
        var fee = Assert.Single(scia.Fees);
        Assert.Equal(("PRAT-2025-0000001", 6_000L, new DateOnly(2025, 11, 14)), (fee.Iupd, fee.AmountCents, fee.PaidOn));
        Assert.Same(scia, Assert.Single(city.PermitProceduresOf("RVRSFN72H30C621K")));
    }

    [Fact]
    public void Procedures_Should_WalkTheWorkflowFromSubmission_When_Generated()
    {
        Assert.All(City.PermitProcedures(), p =>
        {
            Assert.Equal(ProcedureWorkflow.InitialState, p.Steps[0].State);
            Assert.Null(p.Steps[0].Transition);
            Assert.Equal(p.ApplicantFiscalCode, p.Steps[0].Actor);
            for (var i = 1; i < p.Steps.Count; i++)
            {
                var step = p.Steps[i];
                Assert.True(ProcedureWorkflow.TryAdvance(p.Steps[i - 1].State, step.Transition!.Value, out var next), $"{p.Id} step {i + 1}");
                Assert.Equal(next, step.State);
                Assert.True(step.At > p.Steps[i - 1].At, $"{p.Id}: step {i + 1} is not after step {i}");
                Assert.True(!ProcedureWorkflow.RequiresNote(step.Transition.Value) || !string.IsNullOrWhiteSpace(step.Note), $"{p.Id}: step {i + 1} needs a note");
                Assert.Equal(step.Transition == ProcedureTransition.ReceiveIntegration, step.Actor == p.ApplicantFiscalCode);
            }
            Assert.True(p.Steps[^1].At < new DateTimeOffset(City.Options.ReferenceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), $"{p.Id} has a step in the future");
            Assert.Equal(p.Steps.Count, p.Version);
        });
    }

    [Fact]
    public void Procedures_Should_IncludeEveryKindAndEveryState_When_TheCityHasTenThousandResidents()
    {
        var procedures = City.PermitProcedures();

        Assert.InRange(procedures.Count(p => p.Desk == PermitDesk.Sue), 100, 140); // twelve per thousand residents
        Assert.Equal(Enum.GetValues<ProcedureKind>().ToHashSet(), procedures.Select(p => p.Kind).ToHashSet());
        Assert.Equal(Enum.GetValues<ProcedureState>().ToHashSet(), procedures.Select(p => p.State).ToHashSet());
    }

    [Fact]
    public void Procedures_Should_BeNumberedInSubmissionOrderWithUniqueProtocolNumbers_When_Generated()
    {
        var procedures = City.PermitProcedures();

        Assert.Equal(Enumerable.Range(1, procedures.Count).Select(i => $"PRC-{i:D7}"), procedures.Select(p => p.Id));
        Assert.Equal(procedures.Count, procedures.Select(p => p.ProtocolNumber).Distinct().Count());
        Assert.All(procedures, p => Assert.Matches(ProtocolNumberPattern(), p.ProtocolNumber));
        var generated = procedures.Skip(1).ToList();
        Assert.Equal(generated.OrderBy(p => p.SubmittedAt).Select(p => p.Id), generated.Select(p => p.Id));
        foreach (var year in generated.GroupBy(p => p.SubmittedAt.Year))
        {
            Assert.All(year, p => Assert.StartsWith($"PG/{year.Key}/", p.ProtocolNumber, StringComparison.Ordinal));
            var numbers = year.Select(p => int.Parse(p.ProtocolNumber[^7..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }

    [Fact]
    public void BuildingProcedures_Should_BeFiledByAnOwnerOfAUnitInTheBuilding_When_Generated()
    {
        Assert.All(City.PermitProcedures().Where(p => p.Desk == PermitDesk.Sue), p =>
        {
            Assert.Null(p.CompanyFiscalCode);
            Assert.Contains(City.PropertiesOf(p.ApplicantFiscalCode), u => u.BuildingId == p.BuildingId);
        });
    }

    [Fact]
    public void BusinessProcedures_Should_BeFiledByTheOwnerForThePremises_When_Generated()
    {
        Assert.All(City.PermitProcedures().Where(p => p.Desk == PermitDesk.Suap), p =>
        {
            var company = City.FindCompany(p.CompanyFiscalCode!);
            Assert.NotNull(company);
            Assert.Equal(company.OwnerFiscalCode, p.ApplicantFiscalCode);
            Assert.Equal(company.BuildingId, p.BuildingId);
            Assert.True(OfficeDate(p.SubmittedAt) >= company.RegisteredOn, $"{p.Id} was filed before {company.Name} was registered");
        });
    }

    [Fact]
    public void Documents_Should_BeMetadataFiledBeforeSubmissionOrWithAnIntegration_When_Generated()
    {
        Assert.All(City.PermitProcedures(), p =>
        {
            Assert.Equal(ProcedureDocumentType.ApplicationForm, p.Documents[0].Type);
            Assert.All(p.Documents, d =>
            {
                Assert.Matches(Sha256Pattern(), d.Sha256);
                Assert.True(d.SizeBytes > 0);
                Assert.Equal(d.Name.EndsWith(".p7m", StringComparison.Ordinal) ? "application/pkcs7-mime" : "application/pdf", d.MediaType);
            });
            var integrations = p.Steps.Count(s => s.Transition == ProcedureTransition.ReceiveIntegration);
            if (p.Id != SoleTraderBusiness.ProcedureId)
            {
                Assert.Equal(integrations, p.Documents.Count(d => d.Type == ProcedureDocumentType.Integration));
                Assert.All(p.Documents.Where(d => d.Type != ProcedureDocumentType.Integration), d => Assert.True(d.UploadedAt < p.SubmittedAt));
            }
        });
    }

    [Fact]
    public void Fees_Should_BeTheLedgersPermitPositions_When_TheLedgerIsBuilt()
    {
        var fees = City.PermitProcedures().SelectMany(p => p.Fees.Select(f => (Procedure: p, Fee: f))).ToList();
        var positions = City.PaymentsDue().Where(d => d.Service == PaymentService.PermitFee).ToDictionary(d => d.Iupd);

        Assert.Equal(fees.Count, positions.Count);
        Assert.All(fees, x =>
        {
            var position = positions[x.Fee.Iupd];
            Assert.Equal(Creditors.ComuneDiGenova, position.CreditorFiscalCode);
            Assert.Equal(x.Procedure.CompanyFiscalCode ?? x.Procedure.ApplicantFiscalCode, position.DebtorFiscalCode);
            Assert.Equal(ProcedureKinds.Of(x.Procedure.Kind).FeeCents, x.Fee.AmountCents);
            Assert.StartsWith($"PRAT-{x.Procedure.SubmittedAt.Year}-", x.Fee.Iupd, StringComparison.Ordinal);
            Assert.EndsWith(x.Procedure.ProtocolNumber, position.Description, StringComparison.Ordinal);
            var option = Assert.Single(position.Options);
            Assert.Equal((x.Fee.AmountCents, x.Fee.DueDate, x.Fee.PaidOn, false), (option.AmountCents, option.DueDate, option.PaidOn, option.IsPartialPayment));
            Assert.True(x.Fee.PaidOn is null || x.Fee.PaidOn < City.Options.ReferenceDate);
        });
        var paid = fees.Count(x => x.Fee.PaidOn is not null);
        Assert.InRange(paid, fees.Count * 8 / 10, fees.Count - 1); // most paid, some not
        Assert.All(fees.Where(x => x.Procedure.Desk == PermitDesk.Suap), x => Assert.NotNull(City.FindCompany(positions[x.Fee.Iupd].DebtorFiscalCode)));
    }

    [Fact]
    public void Permits_Should_LeaveTheOtherPersonasAlone_When_Generated()
    {
        var personaHouseholds = City.Personas.Select(p => City.FindResident(p.FiscalCode)!.HouseholdId).ToHashSet();
        var involved = City.PermitProcedures().Select(p => p.ApplicantFiscalCode).Concat(City.Companies().Select(c => c.OwnerFiscalCode))
            .Where(code => personaHouseholds.Contains(City.FindResident(code)!.HouseholdId))
            .ToHashSet();

        Assert.Equal("RVRSFN72H30C621K", Assert.Single(involved));
    }

    [Fact]
    public void Permits_Should_BeTheSame_When_GeneratedTwiceFromTheSameOptions()
    {
        var again = SyntheticCityGenerator.Generate(new CityOptions { Residents = 10_000 });

        Assert.Equal(City.Companies(), again.Companies());
        Assert.Equal(Describe(City), Describe(again));
    }

    private static IEnumerable<string> Describe(City city) => city.PermitProcedures().Select(p =>
        $"{p.Id} {p.ProtocolNumber} {p.Kind} {p.Title} {p.ApplicantFiscalCode} {p.BuildingId} {p.CompanyFiscalCode} "
        + string.Join("|", p.Steps) + string.Join("|", p.Documents) + string.Join("|", p.Fees));

    private static DateOnly OfficeDate(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    [GeneratedRegex("^PG/[0-9]{4}/[0-9]{7}$")]
    private static partial Regex ProtocolNumberPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
