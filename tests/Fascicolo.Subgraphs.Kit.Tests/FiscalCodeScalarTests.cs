using System.Net;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class FiscalCodeScalarTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private const string Valid = "RSSMRA45D25F205N";
    private const string WrongCheckCharacter = "RSSMRA45D25F205X";
    private const string Fields = "value baseCode isOmocodic birthDate sex";
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task FiscalCode_Should_ParseAndSerialise_When_LiteralIsValid()
    {
        var response = await PostAsync(Host, new { query = $"{{ fiscalCode(code: \"{Valid}\") {{ {Fields} }} }}" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var info = response.Json.GetProperty("data").GetProperty("fiscalCode");
        Assert.Equal(Valid, info.GetProperty("value").GetString());
        Assert.Equal("1945-04-25", info.GetProperty("birthDate").GetString());
        Assert.Equal("Male", info.GetProperty("sex").GetString());
        Assert.False(info.GetProperty("isOmocodic").GetBoolean());
    }

    [Fact]
    public async Task FiscalCode_Should_Parse_When_VariableIsValid()
    {
        var response = await PostAsync(Host, new { query = "query ($code: FiscalCode!) { fiscalCode(code: $code) { value } }", variables = new { code = "MRNLCU00A01H501J" } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("MRNLCU00A01H501J", response.Json.GetProperty("data").GetProperty("fiscalCode").GetProperty("value").GetString());
    }

    [Fact]
    public async Task FiscalCode_Should_AcceptOmocodicCode_When_LiteralIsOmocodic()
    {
        var omocodic = FiscalCodeGenerator.ApplyOmocodia(Valid, 2);

        var response = await PostAsync(Host, new { query = $"{{ fiscalCode(code: \"{omocodic}\") {{ {Fields} }} }}" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var info = response.Json.GetProperty("data").GetProperty("fiscalCode");
        Assert.Equal(omocodic, info.GetProperty("value").GetString());
        Assert.Equal(Valid, info.GetProperty("baseCode").GetString());
        Assert.True(info.GetProperty("isOmocodic").GetBoolean());
        Assert.Equal("1945-04-25", info.GetProperty("birthDate").GetString());
    }

    [Theory]
    [InlineData(WrongCheckCharacter, "CHECK_CHARACTER_MISMATCH")]
    [InlineData("RSSMRA45Z25F205N", "INVALID_MONTH")]
    [InlineData("RSSMRA45D25", "INVALID_LENGTH")]
    public async Task FiscalCode_Should_ReportInvalidFiscalCodeWithReason_When_LiteralIsInvalid(string code, string reason)
    {
        var response = await PostAsync(Host, new { query = $"{{ fiscalCode(code: \"{code}\") {{ value }} }}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        AssertInvalidFiscalCode(SingleError(response.Json), reason);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(WrongCheckCharacter, "CHECK_CHARACTER_MISMATCH")]
    [InlineData("RSSMRA45D32F205N", "INVALID_DAY")]
    public async Task FiscalCode_Should_ReportInvalidFiscalCodeWithReason_When_VariableIsInvalid(string code, string reason)
    {
        var response = await PostAsync(Host, new { query = "query ($code: FiscalCode!) { fiscalCode(code: $code) { value } }", variables = new { code } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        AssertInvalidFiscalCode(SingleError(response.Json), reason);
    }

    [Fact]
    public async Task FiscalCode_Should_ReportGraphQLNetCode_When_LiteralIsNotAString()
    {
        var response = await PostAsync(Host, new { query = "{ fiscalCode(code: 12) { value } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", SingleError(response.Json).Code());
    }

    private static void AssertInvalidFiscalCode(System.Text.Json.JsonElement error, string reason)
    {
        Assert.Equal("INVALID_FISCAL_CODE", error.Code());
        Assert.Equal(reason, error.GetProperty("extensions").GetProperty("reason").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Contains(Enum.GetValues<FiscalCodeError>().Single(e => e.ToCode() == reason).Describe(), message, StringComparison.Ordinal);
    }
}
