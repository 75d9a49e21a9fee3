using Fascicolo.Gateway.Errors.Wording;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Documents;

/// <summary>A one-of input literal with other than one field, or with a null one; worded by the translation, which checks the whole value holding it.</summary>
internal sealed class OneOfLiteralError(ValidationContext context, GraphQLObjectValue node)
    : ValidationError(context.Document.Source, "5.6.1", "OneOf Input Object literal must specify exactly one non-null key.", node);

/// <summary>graphql-js's <c>Variable "$x" is of type "String" but must be non-nullable to be used for OneOf Input Object "T".</c>, at the definition and the use.</summary>
internal sealed class OneOfVariableError(ValidationContext context, GraphQLVariableDefinition definition, GraphQLVariable use, string typeName)
    : ValidationError(
        context.Document.Source,
        "5.8.5",
        $"Variable \"${definition.Variable.Name.StringValue}\" is of type \"{GraphQLPrinter.Print(definition.Type)}\" but must be non-nullable to be used for OneOf Input Object \"{typeName}\".",
        definition,
        use);
