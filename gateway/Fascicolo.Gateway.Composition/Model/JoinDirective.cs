using GraphQLParser.AST;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// A subgraph directive the supergraph carries through <c>@join__directive</c> (join v0.5), e.g. a
/// <c>@link</c> or a connector directive of some subgraphs. Kept so the printer can write it back.
/// </summary>
/// <param name="Subgraphs">The subgraphs that applied the directive.</param>
/// <param name="Name">The directive name as the subgraphs wrote it, without <c>@</c>.</param>
/// <param name="Arguments">The directive arguments (a <c>join__DirectiveArguments</c> object value), or <see langword="null"/>.</param>
public sealed record JoinDirective(IReadOnlyList<string> Subgraphs, string Name, GraphQLObjectValue? Arguments);
