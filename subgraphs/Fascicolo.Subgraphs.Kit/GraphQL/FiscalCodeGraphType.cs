using Fascicolo.Domain.FiscalCodes;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// The <c>FiscalCode</c> scalar: an Italian codice fiscale of a natural person, 16 upper-case
/// characters with a verified check character; omocodic codes are accepted as issued.
/// Parses to <see cref="FiscalCode"/>; serialises a <see cref="FiscalCode"/> or a <see cref="string"/> as its value.
/// </summary>
/// <remarks>
/// An invalid input throws <see cref="FiscalCodeFormatException"/>; GraphQL.NET wraps it in a
/// validation error, which <see cref="SubgraphErrorInfoProvider"/> turns into
/// <c>extensions.code = INVALID_FISCAL_CODE</c> with <c>extensions.reason</c> = the <see cref="FiscalCodeError"/> code.
/// </remarks>
public sealed class FiscalCodeGraphType : ScalarGraphType
{
    static FiscalCodeGraphType()
    {
        // Lets GetArgument<string>() read a FiscalCode argument, and lets federation representations
        // and arguments declare either CLR type.
        ValueConverter.Register<FiscalCode, string>(code => code.Value);
        ValueConverter.Register<string, FiscalCode>(FiscalCode.Parse);
    }

    /// <summary>Creates the scalar named <c>FiscalCode</c>.</summary>
    public FiscalCodeGraphType()
    {
        Name = "FiscalCode";
        Description = "An Italian fiscal code (codice fiscale) of a natural person: 16 upper-case characters, check character verified; omocodic codes accepted.";
    }

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => FiscalCode.Parse((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, "A fiscal code must be a string."),
    };

    /// <inheritdoc/>
    /// <remarks>
    /// Any string literal is let through validation on purpose: the default implementation would
    /// reject an invalid code in the ArgumentsOfCorrectType rule and drop the reason; this way the
    /// parse happens while arguments are read and its <see cref="FiscalCodeFormatException"/> is kept.
    /// </remarks>
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        FiscalCode code => code,
        string text => FiscalCode.Parse(text),
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        FiscalCode code => code.Value,
        string text => text,
        _ => ThrowSerializationError(value),
    };
}
