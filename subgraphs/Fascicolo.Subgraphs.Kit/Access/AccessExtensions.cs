using Fascicolo.Gateway.Trust;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// How a subgraph declares who may read its personal data. A field is personal when it, or its parent
/// type, carries <c>@personalData</c> (<see cref="PersonalDataExtensions.PersonalData"/>); the parent type
/// must then name its data subject with <see cref="DataSubject{TSource}(ObjectGraphType{TSource}, Func{TSource, string?})"/>,
/// and the kit checks every read of such a field against the caller and audits it.
/// </summary>
public static class AccessExtensions
{
    internal const string SubjectKey = "fascicolo:access:subject";
    internal const string GuardiansKey = "fascicolo:access:guardians";
    internal const string DepartmentKey = "fascicolo:access:department";
    internal const string RolesKey = "fascicolo:access:roles";
    internal const string CallerKey = "fascicolo:caller";
    internal const string LedgerKey = "fascicolo:access:ledger";

    /// <summary>Any department of the operator's ente may read the field (e.g. a person's name, which every desk needs).</summary>
    public const string AnyDepartment = "*";

    /// <summary>Objects of this type hold the personal data of the citizen whose fiscal code <paramref name="fiscalCodeOf"/> returns (null: nobody's).</summary>
    public static ObjectGraphType<TSource> DataSubject<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string?> fiscalCodeOf)
    {
        ArgumentNullException.ThrowIfNull(fiscalCodeOf);
        return type.DataSubjects((source, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(fiscalCodeOf(source) is { } code ? [code] : []));
    }

    /// <summary>
    /// Objects of this type hold the personal data of several citizens (a household's) or of a citizen
    /// found only through a DataLoader: <paramref name="subjectsOf"/> returns their fiscal codes. A citizen
    /// may read such an object when they are one of them; an operator's and service's reads are audited
    /// once per subject.
    /// </summary>
    public static ObjectGraphType<TSource> DataSubjects<TSource>(this ObjectGraphType<TSource> type, Func<TSource, IResolveFieldContext, ValueTask<IReadOnlyCollection<string>>> subjectsOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(subjectsOf);
        type.Metadata[SubjectKey] = new DataSubjectAccessor<TSource>(subjectsOf);
        return type;
    }

    /// <summary>
    /// Like <see cref="DataSubjects{TSource}(ObjectGraphType{TSource}, Func{TSource, IResolveFieldContext, ValueTask{IReadOnlyCollection{string}}})"/>,
    /// for subjects found through a DataLoader: return the pending lookup without awaiting it (e.g.
    /// <c>Members.LoadMany(ctx, h.Id).Then(rows =&gt; (IReadOnlyCollection&lt;string&gt;)[.. rows.Select(r =&gt; r.FiscalCode)])</c>),
    /// and the kit awaits it after the whole level of the response has queued its keys: one query for all
    /// the parents, where awaiting inside the accessor would run one query per parent.
    /// </summary>
    public static ObjectGraphType<TSource> DataSubjects<TSource>(this ObjectGraphType<TSource> type, Func<TSource, IResolveFieldContext, IDataLoaderResult<IReadOnlyCollection<string>>> subjectsOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(subjectsOf);
        type.Metadata[SubjectKey] = new PendingDataSubjectAccessor<TSource>(subjectsOf);
        return type;
    }

    /// <summary>
    /// A citizen may also read this field (or type) of the minors in their household (the <c>wards</c> of
    /// the internal token): school data a parent manages for their child.
    /// </summary>
    public static TTarget OpenToGuardians<TTarget>(this TTarget target)
        where TTarget : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Metadata[GuardiansKey] = true;
        return target;
    }

    /// <summary>
    /// The department whose operators may read this field (or type), instead of the subgraph's
    /// (<see cref="SubgraphModule.Department"/>); <see cref="AnyDepartment"/> for every department of the ente.
    /// </summary>
    public static TTarget Department<TTarget>(this TTarget target, string department)
        where TTarget : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        target.Metadata[DepartmentKey] = department;
        return target;
    }

    /// <summary>
    /// Only callers with one of <paramref name="roles"/> (<see cref="CallerRoles"/>) may resolve this field
    /// (typically a mutation), or every field of this type. Like personal data, it also asks citizens for
    /// SPID level 2, operators for a purpose, this subgraph's ente and the field's department
    /// (<see cref="Department"/>, else the subgraph's), and services for a purpose. Others get
    /// <c>FORBIDDEN</c> (<see cref="AccessRefusalReasons"/>). Checking that a citizen acts on their own
    /// records stays with the resolver (<see cref="GetCaller"/>).
    /// </summary>
    public static TTarget RequireRole<TTarget>(this TTarget target, params string[] roles)
        where TTarget : IMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfZero(roles.Length);
        target.Metadata[RolesKey] = roles;
        return target;
    }

    /// <summary>The caller of the request being executed, as the gateway's internal token names it.</summary>
    /// <exception cref="InvalidOperationException">The request carried no validated caller (executed outside the kit's endpoint).</exception>
    public static Caller GetCaller(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(CallerKey, out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException("The request has no validated caller.");
    }
}
