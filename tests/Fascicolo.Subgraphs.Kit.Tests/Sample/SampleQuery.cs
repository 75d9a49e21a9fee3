using Dapper;
using Fascicolo.Domain.FiscalCodes;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit.Tests.Sample;

public sealed class SampleQuery : ObjectGraphType
{
    /// <summary>What the plain exception says: it must never reach a client.</summary>
    public const string SecretMessage = "connection to 10.0.0.7 failed with Password=hunter2";

    public SampleQuery()
    {
        Name = "Query";
        Field<PersonType>("person")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => PersonType.People.Load(context, context.GetArgument<string>("id")));
        this.ConnectionField<PersonType>("people")
            .Description("People ordered by ordinal, keyset paged.")
            .ResolveAsync(async context =>
            {
                var page = context.GetPageRequest<int>();
                var dataSource = context.RequestServices!.GetService(typeof(NpgsqlDataSource)) as NpgsqlDataSource;
                await using var connection = await dataSource!.OpenConnectionAsync(context.CancellationToken);
                var rows = (await connection.QueryAsync<PersonRow>(new CommandDefinition(
                    "select id, ordinal, name from sample_person where ordinal > @after order by ordinal limit @limit",
                    new { after = page.HasAfter ? page.After : int.MinValue, limit = page.Limit },
                    cancellationToken: context.CancellationToken))).ToList();
                return page.ToConnection(rows, row => row.Ordinal);
            });
        Field<NonNullGraphType<FiscalCodeInfoType>>("fiscalCode")
            .Argument<NonNullGraphType<FiscalCodeGraphType>>("code")
            .Resolve(context => context.GetArgument<FiscalCode>("code"));
        Field<StringGraphType>("failing")
            .Resolve(_ => throw new InvalidOperationException(SecretMessage));
        Field<StringGraphType>("coded")
            .Resolve(_ => throw new CodedError("SAMPLE_REFUSED", "Refused on purpose.", new Dictionary<string, object?> { ["reason"] = "TESTING" }));
    }
}

public sealed class FiscalCodeInfoType : ObjectGraphType<FiscalCode>
{
    public FiscalCodeInfoType()
    {
        Name = "FiscalCodeInfo";
        Field("value", x => x, type: typeof(NonNullGraphType<FiscalCodeGraphType>));
        Field("baseCode", x => x.BaseCode);
        Field("isOmocodic", x => x.IsOmocodic);
        Field("birthDate", x => x.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field("sex", x => x.Sex.ToString());
    }
}

public sealed class SampleMutation : ObjectGraphType
{
    public SampleMutation()
    {
        Name = "Mutation";
        Field<NonNullGraphType<StringGraphType>>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}
