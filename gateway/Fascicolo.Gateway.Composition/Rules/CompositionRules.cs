namespace Fascicolo.Gateway.Composition;

/// <summary>Every composition rule, in the order they run within a phase.</summary>
internal static class CompositionRules
{
    public static IReadOnlyList<ICompositionRule> All { get; } =
    [
        new DirectiveDefinitionInvalidRule(),
        new KeyInvalidFieldsRule(),
        new RequiresInvalidFieldsRule(),
        new ProvidesInvalidFieldsRule(),
        new OverrideFromSelfRule(),
        new TypeKindMismatchRule(),
        new FieldTypeMismatchRule(),
        new EnumValueMismatchRule(),
        new InputFieldDefaultMismatchRule(),
        new EmptyMergedInputTypeRule(),
        new InvalidFieldSharingRule(),
        new ExternalMissingOnBaseRule(),
        new OverrideSourceHasOverrideRule(),
        new ReferencedInaccessibleRule(),
        new SatisfiabilityRule(),
    ];
}
