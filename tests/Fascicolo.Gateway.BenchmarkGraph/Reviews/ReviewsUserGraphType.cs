using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Reviews;

/// <summary>Reviews' <c>User</c>: adds the user's reviews; <c>username</c> is accounts' but provided under <c>Review.author</c>.</summary>
internal sealed class ReviewsUserGraphType : ObjectGraphType<EntityReference>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public ReviewsUserGraphType()
    {
        Name = "User";
        this.Key("id");
        this.ResolveReference<EntityReference>((_, reference) => reference);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<StringGraphType>("username").External().Resolve(context => Catalog.UsernamesById.GetValueOrDefault(context.Source.Id));
        Field<ListGraphType<ReviewGraphType>>("reviews").Resolve(context => Catalog.ReviewsByAuthor.GetValueOrDefault(context.Source.Id, []));
    }
}
