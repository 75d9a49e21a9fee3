using Fascicolo.Gateway.Documents;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace Fascicolo.Gateway.Errors.Validation;

/// <summary>
/// Renders GraphQL.NET's validation errors as graphql-js (and so Apollo and Hive Gateway) words them:
/// the same message, the same count (GraphQL.NET's follow-on errors that graphql-js does not report are
/// dropped, per-argument summaries become one error per wrong value) and the same locations. Each rule is
/// recognised by GraphQL.NET's error type and rendered from the error's syntax nodes, the schema and what
/// <see cref="TypeInfoProbe"/> finds at those nodes, not from GraphQL.NET's English.
/// </summary>
/// <remarks>
/// Runs only for documents that fail validation, once per distinct document (the result is cached with
/// it). Covered: FieldsOnCorrectType, ScalarLeafs, KnownArgumentNames, ProvidedRequiredArguments,
/// UniqueArgumentNames, KnownTypeNames, KnownFragmentNames, NoUnusedFragments, UniqueFragmentNames,
/// FragmentsOnCompositeTypes, PossibleFragmentSpreads, NoFragmentCycles, NoUnusedVariables,
/// NoUndefinedVariables, VariablesInAllowedPosition, VariablesAreInputTypes, UniqueVariableNames,
/// LoneAnonymousOperation, UniqueOperationNames, KnownDirectives, UniqueDirectivesPerLocation,
/// ValuesOfCorrectType (arguments and variable defaults, one-of inputs included), UniqueInputFieldNames,
/// OverlappingFieldsCanBeMerged. Any other error, or one whose nodes do not lead to the data a message
/// needs, keeps GraphQL.NET's message and locations.
/// </remarks>
internal static class ValidationErrorTranslator
{
    public static async Task<IReadOnlyList<GraphQLError>> TranslateAsync(ISchema schema, GraphQLDocument document, IReadOnlyList<ExecutionError> errors)
    {
        ValidationTranslation translation;
        try
        {
            var index = await DocumentIndex.CreateAsync(document).ConfigureAwait(false);
            var contexts = await TypeInfoProbe.RunAsync(schema, document).ConfigureAwait(false);
            translation = new ValidationTranslation(schema, index, contexts, [.. errors.OfType<ValidationError>()]);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The wording is a courtesy: a failure to reword must not turn the client's 400 into a 500.
            return [.. errors.Select(Untranslated)];
        }

        var translated = new List<GraphQLError>(errors.Count);
        foreach (var error in errors)
        {
            translated.AddRange(TryTranslate(error, translation) ?? [Untranslated(error)]);
        }

        return translated;
    }

    private static GraphQLError Untranslated(ExecutionError error) => ValidationErrors.From(error, GatewayErrorCodes.ValidationFailed);

    private static List<GraphQLError>? TryTranslate(ExecutionError error, ValidationTranslation translation)
    {
        try
        {
            return error is ValidationError validationError ? Translate(validationError, translation)?.ToList() : null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // As above: GraphQL.NET's own message for this error rather than none.
            return null;
        }
    }

    private static IEnumerable<GraphQLError>? Translate(ValidationError error, ValidationTranslation t) => error switch
    {
        FieldsOnCorrectTypeError e => FieldRules.UnknownField(e, t),
        ScalarLeafsError e => FieldRules.ScalarLeaf(e, t),
        KnownArgumentNamesError e => ArgumentRules.UnknownArgument(e, t),
        ProvidedNonNullArgumentsError e => ArgumentRules.MissingArguments(e, t),
        UniqueArgumentNamesError e => ArgumentRules.DuplicateArgument(e, t),
        KnownTypeNamesError e => TypeRules.Unknown(e, t),
        KnownFragmentNamesError e => FragmentRules.UnknownFragment(e, t),
        NoUnusedFragmentsError e => FragmentRules.UnusedFragment(e, t),
        UniqueFragmentNamesError e => FragmentRules.DuplicateFragment(e, t),
        FragmentsOnCompositeTypesError e => FragmentRules.NonCompositeCondition(e, t),
        PossibleFragmentSpreadsError e => FragmentRules.ImpossibleSpread(e, t),
        NoFragmentCyclesError e => FragmentRules.Cycle(e, t),
        NoUnusedVariablesError e => VariableRules.Unused(e, t),
        NoUndefinedVariablesError e => VariableRules.Undefined(e, t),
        VariablesInAllowedPositionError e => VariableRules.WrongPosition(e, t),
        VariablesAreInputTypesError e => VariableRules.NotInputType(e, t),
        UniqueVariableNamesError e => VariableRules.Duplicate(e, t),
        LoneAnonymousOperationError e => OperationRules.LoneAnonymous(e, t),
        UniqueOperationNamesError e => OperationRules.Duplicate(e, t),
        KnownDirectivesError e => DirectiveRules.Unknown(e, t),
        DirectivesInAllowedLocationsError e => DirectiveRules.Misplaced(e, t),
        UniqueDirectivesPerLocationError e => DirectiveRules.Repeated(e, t),
        ArgumentsOfCorrectTypeError e => ValueRules.Argument(e, t),
        DefaultValuesOfCorrectTypeError e => ValueRules.Default(e, t),
        UniqueInputFieldNamesError e => ValueRules.DuplicateInputField(e, t),
        OneOfInputValuesError e => ValueRules.OneOf(e, t),
        OneOfLiteralError e => ValueRules.OneOf(e, t),
        OneOfVariableError e => [t.Error(e.Message, [.. e.Nodes ?? []])],
        OverlappingFieldsCanBeMergedError e => OverlapRule.Conflict(e, t),
        _ => null,
    };
}
