using System.Security.Claims;
using Fascicolo.Gateway.Identity;
using Fascicolo.Gateway.Trust;

namespace Fascicolo.Gateway.Tests.Identity;

public sealed class CallerMapperTests
{
    private const string FiscalCode = "PRDGLI85D57D969T";

    [Theory]
    [InlineData("https://attributes.eid.gov.it/fiscal_number", "TINIT-PRDGLI85D57D969T")]
    [InlineData("fiscalNumber", "TINIT-PRDGLI85D57D969T")]
    [InlineData("fiscalNumber", "tinit-prdgli85d57d969t")]
    [InlineData("fiscalNumber", "PRDGLI85D57D969T")]
    public void Map_Should_MakeTheFiscalCodeTheSubject_When_ACitizenSignsInWithSpidOrCie(string claim, string value)
    {
        var caller = Accepted((claim, value), ("sub", "spid-opaque-id"), ("acr", "https://www.spid.gov.it/SpidL2"));

        Assert.Equal(CallerRoles.Citizen, caller.Role);
        Assert.Equal(FiscalCode, caller.Subject);
        Assert.Equal(2, caller.Assurance);
        Assert.Null(caller.Ente);
        Assert.Empty(caller.Wards);
    }

    [Fact]
    public void Map_Should_KeepTheOmocodicCodeAsIssued_When_TheFiscalCodeIsOmocodic()
    {
        // The 15th character turned from digit 9 to its omocodia letter V, and the check character recomputed.
        var caller = Accepted(("fiscalNumber", "TINIT-PRDGLI85D57D96VI"));

        Assert.Equal("PRDGLI85D57D96VI", caller.Subject);
    }

    [Theory]
    [InlineData("https://www.spid.gov.it/SpidL1", 1)]
    [InlineData("https://www.spid.gov.it/SpidL2", 2)]
    [InlineData("https://www.spid.gov.it/SpidL3", 3)]
    [InlineData("SpidL3", 3)]
    [InlineData("https://www.spid.gov.it/spidl2", 2)]
    [InlineData("CieL3", 3)]
    [InlineData("urn:cie:CieL2", 2)]
    [InlineData("https://www.spid.gov.it/SpidL4", 0)]
    [InlineData("1", 0)]
    [InlineData("", 0)]
    public void Map_Should_ReadTheLevelOfAssurance_When_TheAcrNamesASpidOrCieLevel(string acr, int level)
    {
        Assert.Equal(level, Accepted(("fiscalNumber", "TINIT-" + FiscalCode), ("acr", acr)).Assurance);
    }

    [Fact]
    public void Map_Should_GiveLevelZero_When_TheTokenHasNoAcr() =>
        Assert.Equal(0, Accepted(("fiscalNumber", "TINIT-" + FiscalCode)).Assurance);

    [Theory]
    [InlineData("TINIT-RSSMRA80A01D969X")]
    [InlineData("TINIT-PRDGLI85D57D969")]
    [InlineData("TINIT-")]
    [InlineData("GBTINIT-PRDGLI85D57D969T")]
    public void Map_Should_Refuse_When_TheFiscalNumberIsNotAValidFiscalCode(string value)
    {
        Assert.Contains("not a valid fiscal code", Refused(("fiscalNumber", value), ("roles", "citizen")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roles", "operator")]
    [InlineData("role", "operator")]
    [InlineData(ClaimTypes.Role, "Operator")]
    public void Map_Should_MapAnOperatorWithTheirOffice_When_TheTokenCarriesAnAppRole(string claim, string role)
    {
        var caller = Accepted((claim, role), ("oid", "6f1d2c7e"), ("ente", "d969"), ("department", "Social"), ("azp", "desk-app"), ("fiscalNumber", "TINIT-" + FiscalCode));

        Assert.Equal(CallerRoles.Operator, caller.Role);
        Assert.Equal("6f1d2c7e", caller.Subject);
        Assert.Equal("D969", caller.Ente);
        Assert.Equal("social", caller.Department);
        Assert.Equal("desk-app", caller.Client);
        Assert.Equal("why", caller.Purpose);
    }

    [Fact]
    public void Map_Should_PreferSubOverOid_When_BothAreThere() =>
        Assert.Equal("the-sub", Accepted(("roles", "analyst"), ("oid", "the-oid"), ("sub", "the-sub")).Subject);

    [Theory]
    [InlineData("mayor")]
    [InlineData("anonymous")]
    [InlineData("admin")]
    public void Map_Should_Refuse_When_TheRoleIsUnknown(string role) =>
        Assert.Contains($"role '{role}'", Refused(("roles", role), ("sub", "x")), StringComparison.Ordinal);

    [Fact]
    public void Map_Should_Refuse_When_TheTokenCarriesTwoRoles() =>
        Assert.Contains("several roles", Refused(("roles", "operator"), ("roles", "analyst"), ("sub", "x"), ("ente", "D969"), ("department", "social")), StringComparison.Ordinal);

    [Fact]
    public void Map_Should_Refuse_When_TheTokenHasNeitherRoleNorFiscalNumber() =>
        Assert.Contains("neither a role nor a fiscal number", Refused(("sub", "x")), StringComparison.Ordinal);

    [Theory]
    [InlineData(null, "social")]
    [InlineData("D969", null)]
    public void Map_Should_Refuse_When_AnOperatorHasNoEnteOrDepartment(string? ente, string? department)
    {
        var claims = new List<(string, string)> { ("roles", "operator"), ("sub", "op") };
        if (ente is not null)
        {
            claims.Add(("ente", ente));
        }

        if (department is not null)
        {
            claims.Add(("department", department));
        }

        Assert.Contains("ente and the department", Refused([.. claims]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Genova")]
    [InlineData("D96")]
    [InlineData("9969")]
    public void Map_Should_Refuse_When_TheEnteIsNotAMunicipalityCode(string ente) =>
        Assert.Contains("not a municipality code", Refused(("roles", "service"), ("sub", "svc"), ("ente", ente)), StringComparison.Ordinal);

    [Fact]
    public void Map_Should_Refuse_When_AServiceHasNoSubject() =>
        Assert.Contains("must carry a subject", Refused(("roles", "service")), StringComparison.Ordinal);

    [Fact]
    public void Map_Should_ReadTheMappedClaimNames_When_InboundClaimMappingIsOn()
    {
        var caller = Accepted((ClaimTypes.Role, "analyst"), ("http://schemas.microsoft.com/identity/claims/objectidentifier", "oid-1"));

        Assert.Equal(new[] { CallerRoles.Analyst, "oid-1" }, new[] { caller.Role, caller.Subject });
    }

    private static Caller Accepted(params (string Type, string Value)[] claims)
    {
        var mapping = CallerMapper.Map(Principal(claims), "request-1", "why");
        Assert.True(mapping.Caller is not null, mapping.Failure);
        Assert.Equal("request-1", mapping.Caller.RequestId);
        return mapping.Caller;
    }

    private static string Refused(params (string Type, string Value)[] claims)
    {
        var mapping = CallerMapper.Map(Principal(claims), "request-1", null);
        Assert.Null(mapping.Caller);
        return mapping.Failure!;
    }

    private static ClaimsPrincipal Principal((string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
