using Fascicolo.Gateway.BenchmarkGraph.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Gateway.BenchmarkGraph.Reviews;

/// <summary>Reviews' <c>Review</c>, keyed by <c>id</c>, pointing to its author and product by key.</summary>
internal sealed class ReviewGraphType : ObjectGraphType<Review>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public ReviewGraphType()
    {
        Name = "Review";
        this.Key("id");
        this.ResolveReference<EntityReference, Review>((_, reference) => Catalog.ReviewsById.GetValueOrDefault(reference.Id)!);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<StringGraphType>("body").Resolve(context => context.Source.Body);
        // The reviews subgraph keeps its authors' usernames, so it can serve them without a hop to accounts.
        Field<ReviewsUserGraphType>("author")
            .Provides("username")
            .Resolve(context => new EntityReference { Id = context.Source.AuthorId });
        Field<ReviewsProductGraphType>("product").Resolve(context => new ProductReference { Upc = context.Source.ProductUpc });
    }
}
