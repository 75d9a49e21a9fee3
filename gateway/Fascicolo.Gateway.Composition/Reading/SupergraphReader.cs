using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Fascicolo.Gateway.Composition;

/// <summary>
/// Reads a supergraph SDL in the Apollo Federation 2 join format (join v0.2 to v0.5) as
/// <c>@apollo/composition</c>, <c>@theguild/federation-composition</c> and <see cref="SupergraphPrinter"/> write it.
/// </summary>
/// <remarks>See <see href="https://specs.apollo.dev/join/v0.5/"/> and <see href="https://specs.apollo.dev/link/v1.0/"/>.</remarks>
public static partial class SupergraphReader
{
    private static readonly Version MinJoin = new(0, 2);
    private static readonly Version MaxJoin = new(0, 5);

    /// <summary>Reads a supergraph.</summary>
    /// <param name="sdl">The supergraph SDL.</param>
    /// <exception cref="SupergraphReadException">The SDL is not a supergraph this reader supports; <see cref="SupergraphReadException.Code"/> says why.</exception>
    public static Supergraph Read(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException ex)
        {
            throw new SupergraphReadException(SupergraphReadErrorCodes.SyntaxError, ex.Message, ex);
        }

        return Read(document);
    }

    /// <summary>Reads a supergraph already parsed.</summary>
    /// <exception cref="SupergraphReadException">The document is not a supergraph this reader supports.</exception>
    public static Supergraph Read(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var links = LinkedSpecs.Read(document);
        var join = links.Find(LinkedSpecs.JoinIdentity)
            ?? throw new SupergraphReadException(SupergraphReadErrorCodes.UnsupportedJoinSpec, "The schema does not @link the join spec (https://specs.apollo.dev/join/v0.x): not a Federation 2 supergraph.");
        if (join.Version < MinJoin || join.Version > MaxJoin)
        {
            throw new SupergraphReadException(SupergraphReadErrorCodes.UnsupportedJoinSpec, $"join v{join.Version} is not supported (v{MinJoin} to v{MaxJoin} are).");
        }

        var context = new ReadContext(document, links, new JoinNames(links, join));
        context.ReadGraphs();
        context.ReadRootTypes();
        context.ReadTypes();
        context.ReadSchemaLevel();
        return new Supergraph(context.Parts);
    }
}
