namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The education subgraph's schema: <see cref="QueryGraphType"/> and what it reaches, plus the <c>Citizen</c> extension.</summary>
internal sealed class EducationSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from the graph types registered with <paramref name="services"/>.</summary>
    /// <param name="services">The service provider holding the graph types.</param>
    public EducationSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryGraphType>();

        // Citizen is reachable from Query only through Enrolment.pupil; registered explicitly so the
        // extension (and _entities for it) can never drop out of the schema.
        RegisterType(typeof(CitizenGraphType));
    }
}
