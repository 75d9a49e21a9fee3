using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Fascicolo.Gateway.Composition.Tests.Support;

internal static class Sdl
{
    public static string Value(GraphQLValue value) => new SDLPrinter().Print(value).Trim();
}
