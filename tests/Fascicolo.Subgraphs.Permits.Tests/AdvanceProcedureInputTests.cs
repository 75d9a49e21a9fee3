using Fascicolo.Domain.SyntheticCity.Permits;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Schema;

namespace Fascicolo.Subgraphs.Permits.Tests;

/// <summary>The validation of <c>advanceProcedure</c>'s input, before anything is read or written.</summary>
public sealed class AdvanceProcedureInputTests
{
    [Fact]
    public void Validate_Should_TrimAndKeepTheStep_When_TheInputIsValid()
    {
        var input = new AdvanceProcedureInput
        {
            Id = " PRC-0000001 ",
            Transition = ProcedureTransition.RequestIntegration,
            ExpectedVersion = 4,
            Operator = " suap.istruttore02 ",
            Note = "  Trasmettere la planimetria  ",
        };

        var request = input.Validate();

        Assert.Equal(("PRC-0000001", ProcedureTransition.RequestIntegration, 4, "suap.istruttore02", "Trasmettere la planimetria"),
            (request.ProcedureId, request.Transition, request.ExpectedVersion, request.Operator, request.Note));
    }

    [Theory]
    [InlineData(0, "suap.istruttore02", "INVALID_EXPECTED_VERSION", "OUT_OF_RANGE")]
    [InlineData(-3, "suap.istruttore02", "INVALID_EXPECTED_VERSION", "OUT_OF_RANGE")]
    [InlineData(1, "", "INVALID_OPERATOR", "EMPTY")]
    [InlineData(1, "   ", "INVALID_OPERATOR", "EMPTY")]
    [InlineData(1, "mario rossi", "INVALID_OPERATOR", "INVALID_CHARACTERS")]
    [InlineData(1, "x'; drop table procedure; --", "INVALID_OPERATOR", "INVALID_CHARACTERS")]
    public void Validate_Should_RejectWithACode_When_TheVersionOrOperatorIsInvalid(int version, string operatorName, string code, string reason)
    {
        var input = new AdvanceProcedureInput { Id = "PRC-0000001", Transition = ProcedureTransition.Approve, ExpectedVersion = version, Operator = operatorName };

        var error = Assert.Throws<CodedError>(input.Validate);

        Assert.Equal(code, error.Code);
        Assert.Equal(reason, error.Extensions!["reason"]);
    }

    [Fact]
    public void Validate_Should_RejectTheOperator_When_ItIsLongerThanAnAccountName()
    {
        var input = new AdvanceProcedureInput { Id = "PRC-0000001", Transition = ProcedureTransition.Approve, ExpectedVersion = 1, Operator = new string('a', 65) };

        var error = Assert.Throws<CodedError>(input.Validate);

        Assert.Equal(("INVALID_OPERATOR", "TOO_LONG"), (error.Code, error.Extensions!["reason"]));
    }

    [Theory]
    [InlineData(ProcedureTransition.RequestIntegration, null)]
    [InlineData(ProcedureTransition.Reject, "  ")]
    public void Validate_Should_RequireANote_When_TheTransitionAsksForDocumentsOrRejects(ProcedureTransition transition, string? note)
    {
        var input = new AdvanceProcedureInput { Id = "PRC-0000001", Transition = transition, ExpectedVersion = 1, Operator = "sue.istruttore01", Note = note };

        var error = Assert.Throws<CodedError>(input.Validate);

        Assert.Equal(("INVALID_NOTE", "REQUIRED"), (error.Code, error.Extensions!["reason"]));
    }

    [Fact]
    public void Validate_Should_RejectTheNote_When_ItIsTooLong()
    {
        var input = new AdvanceProcedureInput { Id = "PRC-0000001", Transition = ProcedureTransition.Approve, ExpectedVersion = 1, Operator = "sue.istruttore01", Note = new string('n', 2001) };

        var error = Assert.Throws<CodedError>(input.Validate);

        Assert.Equal(("INVALID_NOTE", "TOO_LONG"), (error.Code, error.Extensions!["reason"]));
    }

    [Fact]
    public void Validate_Should_AcceptNoNote_When_TheTransitionNeedsNone()
    {
        var input = new AdvanceProcedureInput { Id = "PRC-0000001", Transition = ProcedureTransition.StartReview, ExpectedVersion = 1, Operator = "sue.istruttore01" };

        Assert.Null(input.Validate().Note);
    }
}
