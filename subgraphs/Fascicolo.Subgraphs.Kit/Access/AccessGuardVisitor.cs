using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Runs once, while the schema is initialised: works out the <see cref="FieldAccessRule"/> of every
/// object field from its marks and its type's, and puts a <see cref="GuardedFieldResolver"/> in front of
/// the resolver of each personal or role-restricted field. Other fields keep their resolver and cost
/// nothing at run time. A personal field whose type names no data subject stops the schema (and so the
/// subgraph's start) with the list of every such field: the guard could not decide on it.
/// </summary>
internal sealed class AccessGuardVisitor(SubgraphModule module, AccessPolicy policy) : BaseSchemaNodeVisitor
{
    private readonly List<string> _withoutSubject = [];

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (type.Name.StartsWith("__", StringComparison.Ordinal) || field.Resolver is GuardedFieldResolver)
        {
            return;
        }
        var rule = RuleOf(field, type);
        if (rule.IsUnrestricted)
        {
            return;
        }
        var accessor = type.GetMetadata<DataSubjectAccessor?>(AccessExtensions.SubjectKey);
        if (rule.IsPersonal && accessor is null)
        {
            _withoutSubject.Add(rule.Coordinate);
            return;
        }
        field.Resolver = new GuardedFieldResolver(rule, accessor, field.Resolver ?? NameFieldResolver.Instance, policy);
    }

    public override void PostVisitSchema(ISchema schema)
    {
        if (_withoutSubject.Count > 0)
        {
            throw new SubgraphConfigurationException(
                $"{module.Name}: personal fields whose type names no data subject (call DataSubject or DataSubjects on the type): " +
                string.Join(", ", _withoutSubject.Order(StringComparer.Ordinal)) + ".");
        }
    }

    private FieldAccessRule RuleOf(FieldType field, IObjectGraphType type) => new(
        $"{type.Name}.{field.Name}",
        IsPersonal(field) || IsPersonal(type) || MarkedByAnInterface(field, type),
        field.GetMetadata(AccessExtensions.GuardiansKey, false) || type.GetMetadata(AccessExtensions.GuardiansKey, false),
        field.GetMetadata<string?>(AccessExtensions.DepartmentKey) ?? type.GetMetadata<string?>(AccessExtensions.DepartmentKey) ?? module.Department,
        field.GetMetadata<string[]?>(AccessExtensions.RolesKey) ?? type.GetMetadata<string[]?>(AccessExtensions.RolesKey) ?? []);

    /// <summary>An interface's mark binds its implementations too: fail closed rather than miss it.</summary>
    private static bool MarkedByAnInterface(FieldType field, IObjectGraphType type) =>
        type.ResolvedInterfaces.Any(contract => IsPersonal(contract) || (contract.GetField(field.Name) is { } declared && IsPersonal(declared)));

    private static bool IsPersonal(IMetadataReader target) =>
        target.HasAppliedDirectives() && target.GetAppliedDirectives()?.Find(PersonalDataSpec.DirectiveName) is not null;
}
