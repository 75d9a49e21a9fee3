using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Accounts;

/// <summary>Accounts' <c>User</c>: the owner of the entity, keyed by <c>id</c>.</summary>
internal sealed class UserGraphType : ObjectGraphType<User>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public UserGraphType()
    {
        Name = "User";
        this.Key("id");
        this.ResolveReference<EntityReference, User>((_, reference) => Catalog.UsersById.GetValueOrDefault(reference.Id)!);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<StringGraphType>("name").Resolve(context => context.Source.Name);
        Field<StringGraphType>("username").Resolve(context => context.Source.Username);
        Field<StringGraphType>("birthday").Resolve(context => context.Source.Birthday);
    }
}
