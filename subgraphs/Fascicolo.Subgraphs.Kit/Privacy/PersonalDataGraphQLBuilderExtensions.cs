using GraphQL;
using GraphQL.DI;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>Lets a subgraph use <c>@personalData</c> and export it to the supergraph.</summary>
public static class PersonalDataGraphQLBuilderExtensions
{
    private const string FederationUrl = "https://specs.apollo.dev/federation/v" + SubgraphGraphQL.FederationVersion;
    private const string ComposeDirective = "composeDirective";

    /// <summary>
    /// Declares <c>@personalData</c>, links Fascicolo's privacy specification importing it, and adds
    /// <c>@composeDirective(name: "@personalData")</c> (importing <c>@composeDirective</c> from the
    /// federation specification), so that composers copy the directive and its applications into the
    /// supergraph. Call it from <see cref="SubgraphModule.ConfigureGraphQL"/>.
    /// </summary>
    /// <param name="graphql">The GraphQL.NET builder, with federation already added by the kit.</param>
    /// <returns><paramref name="graphql"/>.</returns>
    public static IGraphQLBuilder AddPersonalData(this IGraphQLBuilder graphql)
    {
        ArgumentNullException.ThrowIfNull(graphql);
        return graphql.ConfigureSchema(schema =>
        {
            schema.Directives.Register(new PersonalDataDirective());
            schema.LinkSchema(PersonalDataSpec.Url, link => link.Imports.Add("@" + PersonalDataSpec.DirectiveName, "@" + PersonalDataSpec.DirectiveName));

            // The kit links federation without @composeDirective (its directive then exists only as
            // federation__composeDirective); importing it here keeps the other subgraphs' SDL unchanged.
            schema.LinkSchema(FederationUrl, link => link.Imports.TryAdd("@" + ComposeDirective, "@" + ComposeDirective));
            var compose = new Directive(ComposeDirective, GraphQLParser.AST.DirectiveLocation.Schema)
            {
                Repeatable = true,
                Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "name" }),
            };
            schema.Directives.Register(compose);
            schema.ApplyDirective(ComposeDirective, "name", "@" + PersonalDataSpec.DirectiveName);
        });
    }
}
