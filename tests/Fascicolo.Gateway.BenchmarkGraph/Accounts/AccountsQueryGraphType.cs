using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Accounts;

/// <summary>Accounts' root fields.</summary>
internal sealed class AccountsQueryGraphType : ObjectGraphType
{
    /// <summary>Declares <c>me</c> and <c>users</c>.</summary>
    public AccountsQueryGraphType()
    {
        Name = "Query";
        Field<UserGraphType>("me").Resolve(_ => Catalog.UsersById[Catalog.MeId]);
        Field<ListGraphType<UserGraphType>>("users").Resolve(_ => Catalog.Users);
    }
}
