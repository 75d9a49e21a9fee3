using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>Optimistic concurrency of <c>advanceProcedure</c>: of concurrent steps at one version, exactly one wins.</summary>
public sealed class ConcurrencyTests(PermitsFixture fixture) : IClassFixture<PermitsFixture>
{
    private const int Contenders = 8;

    [Fact]
    public async Task AdvanceProcedure_Should_LetExactlyOneWin_When_TwoOperatorsAdvanceTheSameVersionAtOnce()
    {
        var id = SoleTraderBusiness.ProcedureId;

        var outcomes = await RaceAsync(id, "REQUEST_INTEGRATION", 4, 2);

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.Equal(1, outcomes.Count(o => o == "VERSION_CONFLICT"));
        Assert.Equal((5, (short)ProcedureState.IntegrationRequested, 5L), await fixture.StoredAsync(id));
    }

    [Fact]
    public async Task AdvanceProcedure_Should_LetExactlyOneOfManyWinEveryRound_When_OperatorsRaceThroughTheWorkflow()
    {
        var procedure = fixture.Procedures.First(p => p.Id != SoleTraderBusiness.ProcedureId && p.State == ProcedureState.UnderReview);
        (string Transition, int Version)[] rounds =
        [
            ("REQUEST_INTEGRATION", procedure.Version),
            ("RECEIVE_INTEGRATION", procedure.Version + 1),
            ("REQUEST_INTEGRATION", procedure.Version + 2),
            ("RECEIVE_INTEGRATION", procedure.Version + 3),
            ("REJECT", procedure.Version + 4),
        ];

        foreach (var (transition, version) in rounds)
        {
            var outcomes = await RaceAsync(procedure.Id, transition, version, Contenders);

            Assert.True(outcomes.Count(o => o is null) == 1, $"{transition} at version {version}: {string.Join(", ", outcomes.Select(o => o ?? "ok"))}");
            Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal("VERSION_CONFLICT", o));
            var stored = await fixture.StoredAsync(procedure.Id);
            // One step per round, no more.
            Assert.Equal(version + 1, stored.Version);
            Assert.Equal(version + 1L, stored.Steps);
        }
        Assert.Equal((short)ProcedureState.Rejected, (await fixture.StoredAsync(procedure.Id)).State);
    }

    /// <summary>Sends <paramref name="count"/> identical steps at once; each outcome is null for success or the error code.</summary>
    private async Task<IReadOnlyList<string?>> RaceAsync(string id, string transition, int version, int count)
    {
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(1, count).Select(n => Task.Run(async () =>
        {
            start.Wait();
            using var response = await fixture.Host.QueryAsync(
                Operations.Advance, Operations.AdvanceInput(id, transition, version, $"suap.istruttore{n:D2}", "Nota dell'operatore"), Operations.Desk());
            return response.RootElement.TryGetProperty("errors", out var errors) ? errors[0].Extension("code") : null;
        })).ToList();
        start.Set();
        return await Task.WhenAll(calls);
    }
}
