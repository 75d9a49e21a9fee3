using Fascicolo.Gateway.Trust;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Wraps the resolver of a personal or role-restricted field: checks the caller against
/// <see cref="AccessPolicy"/>, looks up the parent object's data subjects, records the read in the
/// request's <see cref="PersonalReadLedger"/>, then runs the field's own resolver. A refusal throws
/// <see cref="AccessDeniedError"/>, which GraphQL.NET turns into null at the field's path plus the error.
/// </summary>
/// <remarks>
/// When the subjects are known synchronously (the usual <c>DataSubject(x =&gt; x.FiscalCode)</c>) the
/// field's resolver runs right away, so its own DataLoader calls batch as before. When the lookup is
/// pending (a DataLoader), the guard returns a pending result that GraphQL.NET completes after the whole
/// level has queued its keys; the field's resolver then runs, and a pending result of its own is chained.
/// </remarks>
internal sealed class GuardedFieldResolver(FieldAccessRule rule, DataSubjectAccessor? accessor, IFieldResolver inner, AccessPolicy policy) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var (caller, ledger) = RequestAccess.Of(context);
        if (policy.RefuseCaller(caller, rule) is { } refusal)
        {
            throw new AccessDeniedError(refusal);
        }
        if (!rule.IsPersonal)
        {
            return inner.ResolveAsync(context);
        }
        // The schema visitor guarantees an accessor for every personal field.
        var subjects = accessor!;
        if (subjects.Pending(context.Source, context) is { } pending)
        {
            return new(new PendingRead(this, caller, ledger, new ResolveFieldContext(context), ct => pending.GetResultAsync(ct)));
        }
        var lookup = subjects.SubjectsOfAsync(context.Source, context);
        if (lookup.IsCompletedSuccessfully)
        {
            return Allow(caller, ledger, lookup.Result, context);
        }
        var shared = context.Source is { } source && ledger is not null ? ledger.Share(subjects, source, lookup.AsTask) : lookup.AsTask();
        return new(new PendingRead(this, caller, ledger, new ResolveFieldContext(context), _ => shared));
    }

    private ValueTask<object?> Allow(Caller caller, PersonalReadLedger? ledger, IReadOnlyCollection<string> subjects, IResolveFieldContext context)
    {
        if (AccessPolicy.RefuseSubjects(caller, rule, subjects) is { } refusal)
        {
            throw new AccessDeniedError(refusal);
        }
        if (subjects.Count > 0)
        {
            // No ledger means the request did not come through the kit's endpoint: nothing could audit the
            // read, so it must not happen.
            (ledger ?? throw new InvalidOperationException($"No access ledger for the read of {rule.Coordinate}.")).Record(subjects, rule.Coordinate);
        }
        return inner.ResolveAsync(context);
    }

    /// <summary>A read waiting for its data subjects; completing it decides, records and resolves.</summary>
    private sealed class PendingRead(
        GuardedFieldResolver guard,
        Caller caller,
        PersonalReadLedger? ledger,
        IResolveFieldContext context,
        Func<CancellationToken, Task<IReadOnlyCollection<string>>> subjects) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var known = await subjects(cancellationToken).ConfigureAwait(false);
            // A pending result of the field's own resolver is returned as is: GraphQL.NET completes it with
            // the next batch, so it batches with its siblings.
            return await guard.Allow(caller, ledger, known, context).ConfigureAwait(false);
        }
    }
}
