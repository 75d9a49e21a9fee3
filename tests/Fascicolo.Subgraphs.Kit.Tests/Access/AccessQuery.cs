using Dapper;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

public sealed class AccessQuery : ObjectGraphType
{
    public const string Bulletin = "Road works on Via XX Settembre until Friday.";

    public AccessQuery()
    {
        Name = "Query";
        Field<StringGraphType>("bulletin").Description("Public data: anyone may read it.").Resolve(_ => Bulletin);
        Field<NonNullGraphType<StringGraphType>>("whoAmI")
            .Description("The caller the kit put in the user context: role/subject/requestId.")
            .Resolve(context =>
            {
                var caller = context.GetCaller();
                return $"{caller.Role}/{caller.Subject}/{caller.RequestId}";
            });
        Field<CitizenType>("citizen")
            .Argument<NonNullGraphType<StringGraphType>>("fiscalCode")
            .Resolve(context => AccessData.Find(context.GetArgument<string>("fiscalCode")));
        Field<ListGraphType<NonNullGraphType<CitizenType>>>("citizens").Resolve(_ => AccessData.Citizens);
        Field<HouseholdType>("household").Resolve(_ => AccessData.Household);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FolderType>>>>("folders")
            .Argument<NonNullGraphType<IntGraphType>>("first")
            .ResolveAsync(async context =>
            {
                var dataSource = (NpgsqlDataSource)context.RequestServices!.GetService(typeof(NpgsqlDataSource))!;
                await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
                return await connection.QueryAsync<PersonRow>(new CommandDefinition(
                    "select id, ordinal, name from sample_person order by ordinal limit @first",
                    new { first = context.GetArgument<int>("first") },
                    cancellationToken: context.CancellationToken));
            });
    }
}

public sealed class AccessMutation : ObjectGraphType
{
    public AccessMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("closeCase")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => "closed " + context.GetArgument<string>("id"))
            .RequireRole(Gateway.Trust.CallerRoles.Operator);
        Field<NonNullGraphType<StringGraphType>>("updateContact")
            .Argument<NonNullGraphType<StringGraphType>>("phone")
            .Resolve(context => $"{context.GetCaller().Subject}: {context.GetArgument<string>("phone")}")
            .RequireRole(Gateway.Trust.CallerRoles.Citizen);
        Field<NonNullGraphType<StringGraphType>>("exportCube")
            .Resolve(_ => "exported")
            .RequireRole(Gateway.Trust.CallerRoles.Analyst, Gateway.Trust.CallerRoles.Service);
    }
}
