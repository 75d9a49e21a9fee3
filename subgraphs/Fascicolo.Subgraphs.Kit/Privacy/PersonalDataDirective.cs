using GraphQL.Types;
using GraphQLParser.AST;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// <c>directive @personalData(category: String!) on FIELD_DEFINITION | OBJECT</c>: the field (or every
/// field of the type) returns personal data of the given <see cref="PersonalDataCategory"/>:
/// <c>common</c> (GDPR art. 4), <c>sensitive</c> (art. 9: health, disability, social services) or
/// <c>judicial</c> (art. 10).
/// </summary>
/// <remarks>
/// The definition carries no description in the SDL: the reference composer drops descriptions of
/// composed directive definitions, and our supergraph must give the same API schema as it does.
/// </remarks>
public sealed class PersonalDataDirective : Directive
{
    /// <summary>Declares the directive, its argument and locations.</summary>
    public PersonalDataDirective()
        : base(PersonalDataSpec.DirectiveName, DirectiveLocation.FieldDefinition, DirectiveLocation.Object)
    {
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = PersonalDataSpec.CategoryArgument,
        });
    }
}
