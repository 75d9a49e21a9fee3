using System.Collections.Frozen;
using System.Text.Json;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Execution;
using Fascicolo.Gateway.Execution.Transport;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Introspection;
using Fascicolo.Gateway.Limits;
using Fascicolo.Gateway.Planning;
using Fascicolo.Gateway.Trust;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Http;

/// <summary>
/// Runs one well-formed request: selects the operation, checks the cached validation result, coerces
/// variables when the operation declares any, answers root introspection fields, takes the plan from
/// the cache (planning on a miss) and executes it, writing the executor's buffer to the response.
/// </summary>
internal sealed class OperationPipeline(OperationLimits limits, IntrospectionPolicy introspectionPolicy, ILogger<OperationPipeline> logger)
{
    private static readonly IReadOnlySet<string> NoConditions = FrozenSet<string>.Empty;

    public async Task RunAsync(HttpContext context, GatewayRuntime runtime, GraphQLHttpRequest request, ResponseFormat format)
    {
        var document = request.Document!;
        if (document.ParseError is { } parseError)
        {
            await GraphQLResponses.WriteNotExecutedAsync(context, format, [parseError]).ConfigureAwait(false);
            return;
        }

        var index = document.SelectOperation(request.OperationName, out var selectionError);
        if (selectionError is not null)
        {
            // graphql-js validates before it selects the operation: a document's own errors (two anonymous
            // operations, two with one name) are reported before the selection's.
            var errors = await document.ValidateAsync(runtime.Validation).ConfigureAwait(false);
            await GraphQLResponses.WriteNotExecutedAsync(context, format, errors.Count > 0 ? errors : [selectionError]).ConfigureAwait(false);
            return;
        }

        if (request.IsGet && document.Operations[index].Operation != OperationType.Query)
        {
            await GraphQLResponses.WriteRejectionAsync(context, format, new HttpRejection(
                StatusCodes.Status405MethodNotAllowed,
                GatewayErrorCodes.MethodNotAllowed,
                "Only queries may be sent over GET; use POST.",
                "POST")).ConfigureAwait(false);
            return;
        }

        var validationErrors = await document.ValidateAsync(runtime.Validation).ConfigureAwait(false);
        if (validationErrors.Count > 0)
        {
            await GraphQLResponses.WriteNotExecutedAsync(context, format, validationErrors).ConfigureAwait(false);
            return;
        }

        var operation = document.GetOperation(index);
        if (operation.Type == OperationType.Subscription)
        {
            await GraphQLResponses.WriteNotExecutedAsync(context, format, [new GraphQLError("Subscriptions are not supported by the gateway.", GatewayErrorCodes.OperationNotSupported)]).ConfigureAwait(false);
            return;
        }

        var role = context.Features.Get<Caller>()?.Role ?? CallerRoles.Anonymous;
        if (operation.IntrospectionDocument is not null && !introspectionPolicy.Allows(role))
        {
            await GraphQLResponses.WriteNotExecutedAsync(context, format, [IntrospectionPolicy.Refusal(role)]).ConfigureAwait(false);
            return;
        }

        var variables = request.Variables?.RootElement;
        CoercedVariables? coerced = null;
        if (operation.DeclaresVariables)
        {
            coerced = await runtime.Variables.CoerceAsync(operation, variables, context.RequestAborted).ConfigureAwait(false);
            if (coerced.Errors is { } variableErrors)
            {
                await GraphQLResponses.WriteNotExecutedAsync(context, format, variableErrors).ConfigureAwait(false);
                return;
            }
        }

        // Depth, aliases, root fields and cost: judged before planning, so nothing over a limit reaches a subgraph.
        var limitErrors = limits.Check(runtime.Supergraph, operation, coerced?.Values);
        if (limitErrors.Count > 0)
        {
            await GraphQLResponses.WriteNotExecutedAsync(context, format, limitErrors).ConfigureAwait(false);
            return;
        }

        var trueConditions = coerced?.TrueConditions(operation.ConditionVariables) ?? NoConditions;
        QueryPlan plan;
        try
        {
            // Personal fields are refused here to callers who may read none (anonymous, analysts, citizens
            // below SPID level 2, operators without a purpose): no subgraph is asked for them.
            plan = runtime.Plan(operation, trueConditions, runtime.PersonalData.For(context.Features.Get<Caller>()));
        }
        catch (QueryPlanningException exception)
        {
            GatewayLog.PlanningFailed(logger, operation.Name ?? "(anonymous)", exception.Message);
            await GraphQLResponses.WriteErrorsAsync(context, format, StatusCodes.Status500InternalServerError, [new GraphQLError("The gateway cannot plan this operation.", GatewayErrorCodes.QueryPlanningFailed)]).ConfigureAwait(false);
            return;
        }

        JsonDocument? introspectionOwner = null;
        try
        {
            JsonElement? introspection = null;
            if (operation.IntrospectionDocument is not null)
            {
                if (coerced is null)
                {
                    introspection = await operation.GetStaticIntrospectionAsync(runtime.Introspection).ConfigureAwait(false);
                }
                else
                {
                    introspectionOwner = await runtime.Introspection.RunAsync(operation, coerced.Inputs, context.RequestAborted).ConfigureAwait(false);
                    introspection = introspectionOwner.RootElement;
                }
            }

            using var body = await runtime.Executor.ExecuteAsync(plan, new ExecutionRequest(variables, introspection, context.Features.Get<ISubgraphRequestSigner>()), context.RequestAborted).ConfigureAwait(false);
            await GraphQLResponses.WriteResultAsync(context, format, body).ConfigureAwait(false);
        }
        finally
        {
            introspectionOwner?.Dispose();
        }
    }
}
