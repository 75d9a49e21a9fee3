using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// <c>directive @personalData(category: String!) on FIELD_DEFINITION | OBJECT</c>: the field (or every
/// field of the type) returns personal data of the given <see cref="PersonalDataCategory"/>.
/// </summary>
public sealed class PersonalDataDirective : Directive
{
    /// <summary>Declares the directive, its argument and locations.</summary>
    public PersonalDataDirective()
        : base(PersonalDataSpec.DirectiveName, DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
    {
        Description = "The field, or every field of the type, returns personal data of this category (see https://fascicolo.dev/privacy/v1.0).";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = PersonalDataSpec.CategoryArgument,
            Description = "'common' (GDPR art. 4), 'sensitive' (art. 9: health, disability, social services) or 'judicial' (art. 10).",
        });
    }
}
