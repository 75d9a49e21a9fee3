using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Fascicolo.Gateway.Composition.Tests.Support;

/// <summary>Prints a schema in a canonical order (types, fields, arguments, values, members sorted) so two composers' outputs compare.</summary>
internal static class ApiSchemaNormalizer
{
    public static string Normalize(string sdl)
    {
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    o.Fields?.Items.Sort(ByName);
                    o.Interfaces?.Items.Sort(ByName);
                    o.Fields?.Items.ForEach(f => f.Arguments?.Items.Sort(ByName));
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    i.Fields?.Items.Sort(ByName);
                    i.Interfaces?.Items.Sort(ByName);
                    i.Fields?.Items.ForEach(f => f.Arguments?.Items.Sort(ByName));
                    break;
                case GraphQLUnionTypeDefinition u:
                    u.Types?.Items.Sort(ByName);
                    break;
                case GraphQLEnumTypeDefinition e:
                    e.Values?.Items.Sort(ByName);
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    input.Fields?.Items.Sort(ByName);
                    break;
            }
        }

        document.Definitions.Sort((a, b) => string.CompareOrdinal(Key(a), Key(b)));
        return new SDLPrinter(new SDLPrinterOptions { PrintComments = false, PrintDescriptions = true }).Print(document).ReplaceLineEndings("\n").Trim() + "\n";
    }

    private static int ByName<T>(T a, T b)
        where T : INamedNode => string.CompareOrdinal(a.Name.StringValue, b.Name.StringValue);

    private static string Key(ASTNode node) => node switch
    {
        GraphQLSchemaDefinition => "0",
        GraphQLDirectiveDefinition d => "1" + d.Name.StringValue,
        GraphQLTypeDefinition t => "2" + t.Name.StringValue,
        _ => "3",
    };
}
