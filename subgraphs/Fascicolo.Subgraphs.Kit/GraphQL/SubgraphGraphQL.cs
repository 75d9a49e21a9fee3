using System.Text.Encodings.Web;
using Fascicolo.Domain.FiscalCodes;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>The GraphQL.NET setup every subgraph shares; the module adds its schema on top.</summary>
public static partial class SubgraphGraphQL
{
    /// <summary>The Apollo Federation version every subgraph speaks.</summary>
    public const string FederationVersion = "2.3";

    /// <summary>
    /// Adds GraphQL.NET with federation v2.3, System.Text.Json, the kit's error shaping and logging of
    /// unexpected exceptions, the DataLoader context, the <c>FiscalCode</c> scalar (mapped from
    /// <see cref="FiscalCode"/>), then the module's schema, and the <c>/graphql</c> request reader.
    /// </summary>
    internal static IServiceCollection AddSubgraphGraphQL(this IServiceCollection services, SubgraphModule module, IConfiguration configuration)
    {
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddGraphQL(graphql =>
        {
            graphql
                // Relaxed escaping: responses are JSON for API clients, never inlined in HTML, and SDL
                // with \u0022 for every quote is unreadable.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddFederation(FederationVersion)
                .AddErrorInfoProvider<SubgraphErrorInfoProvider>()
                .AddUnhandledExceptionHandler(LogUnhandledException)
                .AddDataLoader()
                .ConfigureSchema((schema, provider) =>
                {
                    schema.RegisterTypeMapping(typeof(FiscalCode), typeof(FiscalCodeGraphType));
                    schema.RegisterTypeMapping(typeof(Money), typeof(MoneyGraphType));
                    schema.RegisterVisitor(new SharedRelayTypesVisitor());
                    // Guards personal and role-restricted fields (see AccessGuardVisitor).
                    schema.RegisterVisitor(SubgraphAccess.CreateGuard(provider));
                });
            graphql.Services.TryRegister<FiscalCodeGraphType>(GraphQL.DI.ServiceLifetime.Singleton);
            graphql.Services.TryRegister<MoneyGraphType>(GraphQL.DI.ServiceLifetime.Singleton);
            module.ConfigureGraphQL(graphql);
        });
        return services;
    }

    /// <summary>Logs the exception with its field path; the client only gets <c>INTERNAL_SERVER_ERROR</c>.</summary>
    private static void LogUnhandledException(UnhandledExceptionContext context)
    {
        var options = context.ExecutionOptions;
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(SubgraphGraphQL).FullName!);
        if (logger is not null)
        {
            var path = context.FieldContext?.Path is { } segments ? string.Join('.', segments) : "(operation)";
            var operation = context.Context?.Operation?.Name?.StringValue ?? options.OperationName ?? "anonymous";
            LogUnhandled(logger, context.OriginalException, path, operation);
        }
        context.ErrorMessage = SubgraphErrorInfoProvider.InternalErrorMessage;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception resolving {Path} in operation {OperationName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string operationName);
}
