using System.Globalization;
using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The root queries: a procedure by id or protocol number, a business by fiscal code, the operators' worklist.</summary>
public sealed class ProcedureQueryTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    [Fact]
    public async Task Procedure_Should_AgreeWithTheGeneratedCity_When_QueryingEveryProcedure()
    {
        foreach (var expected in fixture.Procedures)
        {
            using var response = await fixture.Host.QueryAsync(Operations.Procedure, new { id = expected.Id });

            var procedure = response.Data().GetProperty("procedure");
            Assert.Equal(expected.ProtocolNumber, procedure.GetProperty("protocolNumber").GetString());
            Assert.Equal(Constant(expected.Kind), procedure.GetProperty("kind").GetString());
            Assert.Equal(Constant(expected.Desk), procedure.GetProperty("desk").GetString());
            Assert.Equal(Constant(expected.State), procedure.GetProperty("state").GetString());
            Assert.Equal(expected.Version, procedure.GetProperty("version").GetInt32());
            Assert.Equal(expected.ApplicantFiscalCode, procedure.GetProperty("applicant").GetProperty("fiscalCode").GetString());
            Assert.Equal(expected.BuildingId, procedure.GetProperty("building").GetProperty("id").GetString());
            Assert.Equal(expected.SubmittedAt, procedure.GetProperty("submittedAt").GetDateTimeOffset());
            Assert.Equal(Date(ProcedureDeadlines.ConclusionDueOn(expected.Kind, expected.State, expected.Terms)), procedure.GetProperty("conclusionDueOn").ToString());
            Assert.Equal(Date(ProcedureDeadlines.IntegrationDueOn(expected.Kind, expected.State, expected.Terms)), procedure.GetProperty("integrationDueOn").ToString());
            Assert.Equal(expected.ConcludedAt is null, procedure.GetProperty("concludedAt").IsNull());
            Assert.Equal(expected.Steps.Select(s => s.Actor), procedure.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("actor").GetString()));
            Assert.Equal(expected.Documents.Select(d => d.Sha256), procedure.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("sha256").GetString()));
            var fee = Assert.Single(procedure.GetProperty("fees").EnumerateArray());
            Assert.Equal(expected.Fees[0].Iupd, fee.GetProperty("paymentPosition").GetProperty("iupd").GetString());
            Assert.Equal(expected.Fees[0].AmountCents, fee.GetProperty("amount").GetProperty("cents").GetInt64());
            Assert.Equal(expected.CompanyFiscalCode is null, procedure.GetProperty("company").IsNull());
        }
    }

    [Fact]
    public async Task Procedure_Should_BeNull_When_NoProcedureHasTheId()
    {
        using var response = await fixture.Host.QueryAsync(Operations.Procedure, new { id = "PRC-9999999" });

        Assert.True(response.Data().GetProperty("procedure").IsNull());
    }

    [Theory]
    [InlineData("PG/2025/0398215")]
    [InlineData(" pg/2025/0398215 ")]
    public async Task ProcedureByProtocolNumber_Should_FindTheSoleTradersScia_When_GivenItsNumber(string protocolNumber)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($n: String!) { procedureByProtocolNumber(protocolNumber: $n) { id } }", new { n = protocolNumber });

        Assert.Equal(SoleTraderBusiness.ProcedureId, response.Data().GetProperty("procedureByProtocolNumber").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("2025/0398215")]
    [InlineData("PG/25/398215")]
    [InlineData("PG/2025/0398215'--")]
    public async Task ProcedureByProtocolNumber_Should_FailWithACode_When_TheNumberIsMalformed(string protocolNumber)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($n: String!) { procedureByProtocolNumber(protocolNumber: $n) { id } }", new { n = protocolNumber });

        Assert.Equal("INVALID_PROTOCOL_NUMBER", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task Company_Should_DescribeTheSoleTradersTrattoria_When_GivenItsFiscalCode()
    {
        using var response = await fixture.Host.QueryAsync(
            "query($cf: String!) { company(fiscalCode: $cf) { fiscalCode name legalForm { code name } ateco { code description } owner { fiscalCode } procedures { id } } }",
            new { cf = SoleTraderBusiness.CompanyFiscalCode });

        var company = response.Data().GetProperty("company");
        Assert.Equal(SoleTraderBusiness.CompanyName, company.GetProperty("name").GetString());
        Assert.Equal("Ditta individuale", company.GetProperty("legalForm").GetProperty("name").GetString());
        Assert.Equal("Ristorazione con somministrazione", company.GetProperty("ateco").GetProperty("description").GetString());
        Assert.Equal(SoleTraderBusiness.ProcedureId, company.GetProperty("procedures")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("01987650107", "CHECK_DIGIT_MISMATCH")]
    [InlineData("RVRSFN72H30C621K", "INVALID_LENGTH")]
    [InlineData("", "EMPTY")]
    public async Task Company_Should_FailWithInvalidCompanyFiscalCode_When_TheCodeIsInvalid(string code, string reason)
    {
        using var response = await fixture.Host.QueryAsync("query($cf: String!) { company(fiscalCode: $cf) { name } }", new { cf = code });

        var error = response.SingleError();
        Assert.Equal("INVALID_COMPANY_FISCAL_CODE", error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
    }

    [Fact]
    public async Task Procedures_Should_PageThroughEveryProcedureInIdOrder_When_FollowingTheCursors()
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            using var response = await fixture.Host.QueryAsync(
                "query($after: String) { procedures(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }", new { after });
            var connection = response.Data().GetProperty("procedures");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(fixture.Procedures.Select(p => p.Id), ids);
    }

    [Theory]
    [InlineData(PermitDesk.Suap, ProcedureState.UnderReview)]
    [InlineData(PermitDesk.Sue, ProcedureState.Approved)]
    [InlineData(null, ProcedureState.Rejected)]
    [InlineData(PermitDesk.Sue, null)]
    public async Task Procedures_Should_ListTheDesksProceduresInAState_When_Filtered(PermitDesk? desk, ProcedureState? state)
    {
        using var response = await fixture.Host.QueryAsync(
            "query($desk: PermitDesk, $state: ProcedureState) { procedures(first: 100, desk: $desk, state: $state) { edges { node { id } } } }",
            new { desk = desk is null ? null : Constant(desk.Value), state = state is null ? null : Constant(state.Value) });

        var ids = response.Data().GetProperty("procedures").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString());
        var expected = fixture.Procedures.Where(p => (desk is null || p.Desk == desk) && (state is null || p.State == state)).Select(p => p.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Procedures_Should_FailWithInvalidPageSize_When_FirstIsOutOfRange()
    {
        using var response = await fixture.Host.QueryAsync("{ procedures(first: 101) { edges { node { id } } } }");

        Assert.Equal("INVALID_PAGE_SIZE", response.SingleError().Extension("code"));
    }

    [Fact]
    public async Task Procedures_Should_RunTheSameNumberOfStatements_When_APageHoldsFiveOrTwentyFiveProcedures()
    {
        const string Page = $$"""query($first: Int) { procedures(first: $first) { edges { node { {{Operations.ProcedureFields}} } } } }""";
        using (await fixture.Host.QueryAsync(Page, new { first = 2 }))
        {
        }

        var five = await CountAsync(5);
        var many = await CountAsync(25);

        // The page, then the steps, documents, fees and companies of all its procedures.
        Assert.Equal(5, many);
        Assert.Equal(five, many);

        async Task<int> CountAsync(int first)
        {
            using var counter = new SqlStatementCounter(fixture.Host.Database.Name);
            using var response = await fixture.Host.QueryAsync(Page, new { first });
            Assert.Equal(first, response.Data().GetProperty("procedures").GetProperty("edges").GetArrayLength());
            return counter.Count;
        }
    }

    private static string Constant<TEnum>(TEnum value)
        where TEnum : struct, Enum => GraphQL.StringExtensions.ToConstantCase(value.ToString());

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
