using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Fascicolo.Gateway.Composition;

/// <summary>Prints AST nodes as SDL the same way everywhere in this library.</summary>
internal static class SdlText
{
    private static readonly SDLPrinterOptions Options = new()
    {
        PrintComments = false,
        PrintDescriptions = true,
        EachDirectiveLocationOnNewLine = false,
        EachUnionMemberOnNewLine = false,
    };

    public static string Print(ASTNode node)
    {
        // SDLPrinter keeps state per call only, but a fresh instance costs nothing next to printing.
        var text = new SDLPrinter(Options).Print(node);
        return text.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
