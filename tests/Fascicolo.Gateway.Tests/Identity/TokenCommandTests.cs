using System.Net;
using Fascicolo.Gateway.Commands;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Fascicolo.Gateway.Tests.Identity;

/// <summary><c>token</c>: development tokens the gateway accepts, and coded errors for bad input.</summary>
public sealed class TokenCommandTests(IdentityGatewayFixture fixture) : IClassFixture<IdentityGatewayFixture>
{
    [Fact]
    public async Task Token_Should_PrintACitizenTokenTheGatewayAccepts_When_GivenAFiscalCode()
    {
        var (exitCode, token, _) = await RunAsync("--fiscal-code", "rptsra91b54d969u", "--role", "citizen", "--key-file", fixture.Identity.DevelopmentKeyFile);

        Assert.Equal(0, exitCode);
        var jwt = new JsonWebToken(token);
        Assert.Equal("TINIT-RPTSRA91B54D969U", jwt.GetPayloadValue<string>("fiscalNumber"));
        Assert.Equal("https://www.spid.gov.it/SpidL2", jwt.GetPayloadValue<string>("acr"));
        Assert.Equal("ES256", jwt.Alg);
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        var before = fixture.People.Requests.Count;
        using var response = await fixture.Gateway.PostAsAsync(token, "{ weather }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = fixture.People.Requests.Skip(before).Last().Caller!;
        Assert.Equal(new object?[] { CallerRoles.Citizen, "RPTSRA91B54D969U", 2 }, new object?[] { caller.Role, caller.Subject, caller.Assurance });
    }

    [Fact]
    public async Task Token_Should_PrintAnOperatorTokenWithTheirOffice_When_GivenEnteDepartmentAndLevel()
    {
        var (exitCode, token, _) = await RunAsync(
            "--role=operator", "--subject=op-social-7", "--ente=d969", "--department=social", "--loa=3", "--minutes=5", $"--key-file={fixture.Identity.DevelopmentKeyFile}");

        Assert.Equal(0, exitCode);
        var before = fixture.People.Requests.Count;
        using var response = await fixture.Gateway.PostAsAsync(token, "{ weather }", purpose: "verifica");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = fixture.People.Requests.Skip(before).Last().Caller!;
        Assert.Equal(
            new object?[] { CallerRoles.Operator, "op-social-7", "D969", "social", 3, "verifica" },
            new object?[] { caller.Role, caller.Subject, caller.Ente, caller.Department, caller.Assurance, caller.Purpose });
        Assert.InRange(new JsonWebToken(token).ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("INVALID_FISCAL_CODE", "--role", "citizen", "--fiscal-code", "RSSMRA80A01D969X")]
    [InlineData("UNKNOWN_ROLE", "--role", "mayor", "--fiscal-code", "PRDGLI85D57D969T")]
    [InlineData("UNKNOWN_ROLE", "--fiscal-code", "PRDGLI85D57D969T")]
    [InlineData("FISCAL_CODE_REQUIRED", "--role", "citizen", "--subject", "someone")]
    [InlineData("ENTE_AND_DEPARTMENT_REQUIRED", "--role", "operator", "--subject", "op-1", "--ente", "D969")]
    [InlineData("ENTE_AND_DEPARTMENT_REQUIRED", "--role", "operator", "--subject", "op-1", "--department", "social")]
    [InlineData("INVALID_ENTE", "--role", "operator", "--subject", "op-1", "--ente", "Genova", "--department", "social")]
    [InlineData("SUBJECT_REQUIRED", "--role", "analyst")]
    [InlineData("INVALID_LOA", "--role", "citizen", "--fiscal-code", "PRDGLI85D57D969T", "--loa", "4")]
    [InlineData("INVALID_MINUTES", "--role", "citizen", "--fiscal-code", "PRDGLI85D57D969T", "--minutes", "0")]
    [InlineData("Unknown option --fiscalcode", "--role", "citizen", "--fiscalcode", "PRDGLI85D57D969T")]
    [InlineData("--role is given twice", "--role", "citizen", "--role", "operator")]
    public async Task Token_Should_ExitWithTwoAndACode_When_TheInputIsWrong(string code, params string[] args)
    {
        var (exitCode, output, error) = await RunAsync([.. args, "--key-file", fixture.Identity.DevelopmentKeyFile]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(code, error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_Should_PrintOnlyTheToken_When_RunAsACommand()
    {
        var result = await ProcessRunner.RunAsync(
            "dotnet",
            ["Fascicolo.Gateway.dll", "token", "--fiscal-code", "PRDGLI85D57D969T", "--role", "citizen", "--key-file", fixture.Identity.DevelopmentKeyFile],
            AppContext.BaseDirectory,
            TimeSpan.FromMinutes(1));

        Assert.Equal(0, result.ExitCode);
        var token = result.Output.Trim();
        Assert.Equal("PRDGLI85D57D969T", new JsonWebToken(token).Subject);
        using var body = await fixture.Gateway.QueryAsAsync(token, "{ weather }");
        Assert.Equal("sunny", body.RootElement.GetProperty("data").GetProperty("weather").GetString());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TokenCommand.RunAsync(args, output, error);
        return (exitCode, output.ToString().Trim(), error.ToString());
    }
}
