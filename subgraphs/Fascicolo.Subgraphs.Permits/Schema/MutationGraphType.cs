using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The permits subgraph's root <c>Mutation</c> fields.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public MutationGraphType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<AdvanceProcedurePayloadGraphType>>("advanceProcedure")
            .Description(
                "Operator: moves a procedure one step through its workflow, if it is still at expectedVersion. Errors: "
                + "PROCEDURE_NOT_FOUND, INVALID_TRANSITION (with the allowed transitions), VERSION_CONFLICT (with the current version), "
                + "INVALID_EXPECTED_VERSION, INVALID_OPERATOR, INVALID_NOTE; on any error nothing is written.")
            .Argument<NonNullGraphType<AdvanceProcedureInputGraphType>>("input", "The step.")
            // Only the desks take steps; the kit also holds the operator to this subgraph's ente, its department and a stated purpose.
            .RequireRole(CallerRoles.Operator)
            .ResolveAsync(async context =>
            {
                var request = context.GetArgument<AdvanceProcedureInput>("input").Validate();
                var clock = context.RequestServices!.GetRequiredService<PermitsClock>();
                var (procedure, step) = await ProcedureAdvance.AdvanceAsync(
                    context.RequestServices!, request, clock.Now, clock.Today, context.CancellationToken).ConfigureAwait(false);
                return new AdvanceProcedurePayload(procedure, step);
            });
    }
}
