using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>
/// <c>advanceProcedure</c>: steps through the workflow, and every refusal coded with nothing written.
/// Each test works on its own procedure, so their order does not matter.
/// </summary>
public sealed class AdvanceProcedureTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    [Fact]
    public async Task AdvanceProcedure_Should_WalkTheSoleTradersSciaToApproval_When_EachStepNamesTheCurrentVersion()
    {
        var id = SoleTraderBusiness.ProcedureId;

        // 1 January 2026 (a holiday) + 30 days = Saturday 31 January.
        var requested = await AdvanceAsync(id, "REQUEST_INTEGRATION", 4, note: "Trasmettere il certificato di agibilità");
        Assert.Equal(("INTEGRATION_REQUESTED", 5), (requested.GetProperty("state").GetString(), requested.GetProperty("version").GetInt32()));
        Assert.Equal("2026-01-31", requested.GetProperty("integrationDueOn").GetString());
        Assert.True(requested.GetProperty("conclusionDueOn").IsNull());

        // The term restarts in full today: + 60 days = Monday 2 March 2026.
        var integrated = await AdvanceAsync(id, "RECEIVE_INTEGRATION", 5);
        Assert.Equal(("UNDER_REVIEW", 6), (integrated.GetProperty("state").GetString(), integrated.GetProperty("version").GetInt32()));
        Assert.Equal("2026-03-02", integrated.GetProperty("conclusionDueOn").GetString());
        Assert.True(integrated.GetProperty("integrationDueOn").IsNull());

        var approved = await AdvanceAsync(id, "APPROVE", 6, note: "Controlli conclusi: attività conforme", @operator: "suap.istruttore05");
        Assert.Equal(("APPROVED", 7), (approved.GetProperty("state").GetString(), approved.GetProperty("version").GetInt32()));
        Assert.Equal(0, approved.GetProperty("allowedTransitions").GetArrayLength());
        Assert.Equal(fixture.Now, approved.GetProperty("concludedAt").GetDateTimeOffset());
        var steps = approved.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], steps.Select(s => s.GetProperty("sequence").GetInt32()));
        Assert.Equal(("suap.istruttore02", "REQUEST_INTEGRATION", "Trasmettere il certificato di agibilità"), Step(steps[4]));
        Assert.Equal(("suap.istruttore02", "RECEIVE_INTEGRATION", null), Step(steps[5]));
        Assert.Equal(("suap.istruttore05", "APPROVE", "Controlli conclusi: attività conforme"), Step(steps[6]));
        Assert.All(steps.Skip(4), s => Assert.Equal(fixture.Now, s.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal((7, (short)ProcedureState.Approved, 7L), await fixture.StoredAsync(id));
    }

    [Theory]
    [InlineData(ProcedureState.Approved, "START_REVIEW")]
    [InlineData(ProcedureState.Approved, "REJECT")]
    [InlineData(ProcedureState.Rejected, "APPROVE")]
    public async Task AdvanceProcedure_Should_FailWithInvalidTransition_When_TheProcedureIsConcluded(ProcedureState state, string transition)
    {
        var procedure = fixture.Procedures.First(p => p.State == state);

        var error = await RefusedAsync(procedure.Id, Operations.AdvanceInput(procedure.Id, transition, procedure.Version, note: "Nota"));

        Assert.Equal("INVALID_TRANSITION", error.Extension("code"));
        Assert.Equal(GraphQL.StringExtensions.ToConstantCase(state.ToString()), error.Extension("state"));
        Assert.Equal("[]", error.Extension("allowedTransitions"));
    }

    [Theory]
    [InlineData("START_REVIEW")]
    [InlineData("RECEIVE_INTEGRATION")]
    public async Task AdvanceProcedure_Should_FailWithInvalidTransitionNamingTheAllowedOnes_When_TheStepDoesNotFollowTheState(string transition)
    {
        var procedure = OpenProcedure(exclude: SoleTraderBusiness.ProcedureId, state: ProcedureState.UnderReview);

        var error = await RefusedAsync(procedure.Id, Operations.AdvanceInput(procedure.Id, transition, procedure.Version));

        Assert.Equal("INVALID_TRANSITION", error.Extension("code"));
        Assert.Equal("UNDER_REVIEW", error.Extension("state"));
        Assert.Equal("""["REQUEST_INTEGRATION","APPROVE","REJECT"]""", error.Extension("allowedTransitions"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public async Task AdvanceProcedure_Should_FailWithVersionConflict_When_TheVersionIsStale(int offset)
    {
        var procedure = fixture.Procedures.Last(p => p.State == ProcedureState.Approved);

        var error = await RefusedAsync(procedure.Id, Operations.AdvanceInput(procedure.Id, "REJECT", procedure.Version + offset, note: "Nota"));

        Assert.Equal("VERSION_CONFLICT", error.Extension("code"));
        Assert.Equal(procedure.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Extension("currentVersion"));
    }

    [Fact]
    public async Task AdvanceProcedure_Should_FailWithProcedureNotFound_When_NoProcedureHasTheId()
    {
        var steps = await fixture.StepCountAsync();

        using var response = await fixture.Host.QueryAsync(Operations.Advance, Operations.AdvanceInput("PRC-9999999", "START_REVIEW", 1), Operations.Desk());

        var error = response.SingleError();
        Assert.Equal("PROCEDURE_NOT_FOUND", error.Extension("code"));
        Assert.True(response.RootElement.GetProperty("data").IsNull());
        Assert.Equal(steps, await fixture.StepCountAsync());
    }

    [Theory]
    [InlineData("REQUEST_INTEGRATION", 0, "sue.istruttore01", "Nota", "INVALID_EXPECTED_VERSION")]
    [InlineData("REQUEST_INTEGRATION", -5, "sue.istruttore01", "Nota", "INVALID_EXPECTED_VERSION")]
    [InlineData("REQUEST_INTEGRATION", null, "", "Nota", "INVALID_OPERATOR")]
    [InlineData("REQUEST_INTEGRATION", null, "op; drop table procedure", "Nota", "INVALID_OPERATOR")]
    [InlineData("REQUEST_INTEGRATION", null, "sue.istruttore01", null, "INVALID_NOTE")]
    [InlineData("REJECT", null, "sue.istruttore01", " ", "INVALID_NOTE")]
    public async Task AdvanceProcedure_Should_FailWithACodeAndWriteNothing_When_TheInputIsInvalid(
        string transition, int? version, string operatorName, string? note, string code)
    {
        // The input is checked before the procedure is read: any procedure will do, even a concluded one.
        var procedure = fixture.Procedures.First(p => p.State == ProcedureState.Approved);

        var error = await RefusedAsync(procedure.Id, Operations.AdvanceInput(procedure.Id, transition, version ?? procedure.Version, operatorName, note));

        Assert.Equal(code, error.Extension("code"));
    }

    [Theory]
    [InlineData("""{ id: "PRC-0000002", transition: FINISH, expectedVersion: 1, operator: "sue.istruttore01" }""")]
    [InlineData("""{ id: "PRC-0000002", transition: APPROVE, expectedVersion: "one", operator: "sue.istruttore01" }""")]
    [InlineData("""{ id: "PRC-0000002", transition: APPROVE, expectedVersion: 1 }""")]
    public async Task AdvanceProcedure_Should_FailValidationAndWriteNothing_When_AnInputFieldHasTheWrongType(string input)
    {
        var steps = await fixture.StepCountAsync();

        using var response = await fixture.Host.QueryAsync($"mutation {{ advanceProcedure(input: {input}) {{ step {{ sequence }} }} }}", null, Operations.Desk());

        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.SingleError().Extension("code"));
        Assert.Equal(steps, await fixture.StepCountAsync());
    }

    [Fact]
    public async Task AdvanceProcedure_Should_FailAndWriteNothing_When_AVariableHoldsAnUnknownTransition()
    {
        var steps = await fixture.StepCountAsync();

        using var response = await fixture.Host.QueryAsync(Operations.Advance, Operations.AdvanceInput("PRC-0000002", "FINISH", 1), Operations.Desk());

        Assert.Equal("INVALID_VALUE", response.SingleError().Extension("code"));
        Assert.Equal(steps, await fixture.StepCountAsync());
    }

    private PermitProcedure OpenProcedure(string exclude, ProcedureState? state = null) =>
        fixture.Procedures.FirstOrDefault(p => p.Id != exclude && !ProcedureWorkflow.IsConcluded(p.State) && (state is null || p.State == state))
        ?? throw new InvalidOperationException($"The test city has no open procedure{(state is null ? "" : $" in {state}")} besides {exclude}.");

    /// <summary>Takes a step and returns the procedure after it, checking the step the payload reports.</summary>
    private async Task<System.Text.Json.JsonElement> AdvanceAsync(string id, string transition, int version, string? note = null, string @operator = "suap.istruttore02")
    {
        using var response = await fixture.Host.QueryAsync(Operations.Advance, Operations.AdvanceInput(id, transition, version, @operator, note), Operations.Desk());
        var payload = response.Data().GetProperty("advanceProcedure");
        var step = payload.GetProperty("step");
        Assert.Equal(version + 1, step.GetProperty("sequence").GetInt32());
        Assert.Equal((@operator, transition, note), Step(step));
        return payload.GetProperty("procedure").Clone();
    }

    private static (string? Actor, string? Transition, string? Note) Step(System.Text.Json.JsonElement step) =>
        (step.GetProperty("actor").GetString(), step.GetProperty("transition").GetString(), step.GetProperty("note").GetString());

    /// <summary>Sends a refused step and checks that the procedure and the whole history are unchanged.</summary>
    private async Task<System.Text.Json.JsonElement> RefusedAsync(string id, object variables)
    {
        var before = await fixture.StoredAsync(id);
        var steps = await fixture.StepCountAsync();

        using var response = await fixture.Host.QueryAsync(Operations.Advance, variables, Operations.Desk());

        var error = response.SingleError().Clone();
        Assert.True(response.RootElement.GetProperty("data").IsNull(), "A refused step must not return data.");
        Assert.Equal(before, await fixture.StoredAsync(id));
        Assert.Equal(steps, await fixture.StepCountAsync());
        return error;
    }
}
