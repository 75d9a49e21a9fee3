using Fascicolo.Domain.SyntheticCity.Permits;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The workflow's transition table, checked for every state and every transition.</summary>
public sealed class ProcedureWorkflowTests
{
    // The table as the issue states it, written out independently of ProcedureWorkflow.Changes.
    private static readonly Dictionary<(ProcedureState, ProcedureTransition), ProcedureState> Expected = new()
    {
        [(ProcedureState.Submitted, ProcedureTransition.StartReview)] = ProcedureState.UnderReview,
        [(ProcedureState.UnderReview, ProcedureTransition.RequestIntegration)] = ProcedureState.IntegrationRequested,
        [(ProcedureState.IntegrationRequested, ProcedureTransition.ReceiveIntegration)] = ProcedureState.UnderReview,
        [(ProcedureState.UnderReview, ProcedureTransition.Approve)] = ProcedureState.Approved,
        [(ProcedureState.UnderReview, ProcedureTransition.Reject)] = ProcedureState.Rejected,
        [(ProcedureState.IntegrationRequested, ProcedureTransition.Reject)] = ProcedureState.Rejected,
    };

    public static TheoryData<ProcedureState, ProcedureTransition> EveryStateAndTransition()
    {
        var data = new TheoryData<ProcedureState, ProcedureTransition>();
        foreach (var state in Enum.GetValues<ProcedureState>())
        {
            foreach (var transition in Enum.GetValues<ProcedureTransition>())
            {
                data.Add(state, transition);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTransition))]
    public void TryAdvance_Should_FollowTheTable_When_GivenAnyStateAndTransition(ProcedureState from, ProcedureTransition transition)
    {
        var allowed = ProcedureWorkflow.TryAdvance(from, transition, out var to);

        if (Expected.TryGetValue((from, transition), out var expected))
        {
            Assert.True(allowed, $"{transition} from {from} must be allowed.");
            Assert.Equal(expected, to);
        }
        else
        {
            Assert.False(allowed, $"{transition} from {from} must be refused.");
            Assert.Equal(from, to);
        }
    }

    [Fact]
    public void EveryStateAndTransition_Should_CoverTwentyFiveCombinations_When_Enumerated()
    {
        Assert.Equal(25, EveryStateAndTransition().Count);
        Assert.Equal(Expected.Count, ProcedureWorkflow.Changes.Count);
    }

    [Theory]
    [InlineData(ProcedureState.Submitted, new[] { ProcedureTransition.StartReview })]
    [InlineData(ProcedureState.UnderReview, new[] { ProcedureTransition.RequestIntegration, ProcedureTransition.Approve, ProcedureTransition.Reject })]
    [InlineData(ProcedureState.IntegrationRequested, new[] { ProcedureTransition.ReceiveIntegration, ProcedureTransition.Reject })]
    [InlineData(ProcedureState.Approved, new ProcedureTransition[0])]
    [InlineData(ProcedureState.Rejected, new ProcedureTransition[0])]
    public void AllowedFrom_Should_ListTheTableRows_When_AskedForAState(ProcedureState state, ProcedureTransition[] expected)
    {
        Assert.Equal(expected, ProcedureWorkflow.AllowedFrom(state));
        Assert.Equal(expected.Length == 0, ProcedureWorkflow.IsConcluded(state));
    }

    [Fact]
    public void Changes_Should_ReachEveryStateAndAlwaysAllowAConclusion_When_StartingFromSubmitted()
    {
        var reachable = new HashSet<ProcedureState> { ProcedureWorkflow.InitialState };
        var frontier = new Queue<ProcedureState>(reachable);
        while (frontier.TryDequeue(out var state))
        {
            foreach (var change in ProcedureWorkflow.Changes.Where(c => c.From == state && reachable.Add(c.To)))
            {
                frontier.Enqueue(change.To);
            }
        }

        Assert.Equal(Enum.GetValues<ProcedureState>().ToHashSet(), reachable);
        foreach (var state in reachable.Where(s => !ProcedureWorkflow.IsConcluded(s)))
        {
            Assert.True(CanConclude(state, []), $"{state} cannot reach a final state.");
        }
    }

    [Theory]
    [InlineData(ProcedureTransition.StartReview, false)]
    [InlineData(ProcedureTransition.RequestIntegration, true)]
    [InlineData(ProcedureTransition.ReceiveIntegration, false)]
    [InlineData(ProcedureTransition.Approve, false)]
    [InlineData(ProcedureTransition.Reject, true)]
    public void RequiresNote_Should_HoldForIntegrationRequestsAndRejections_When_Asked(ProcedureTransition transition, bool expected)
    {
        Assert.Equal(expected, ProcedureWorkflow.RequiresNote(transition));
    }

    private static bool CanConclude(ProcedureState state, HashSet<ProcedureState> seen) =>
        ProcedureWorkflow.IsConcluded(state)
        || (seen.Add(state) && ProcedureWorkflow.Changes.Where(c => c.From == state).Any(c => CanConclude(c.To, seen)));
}
