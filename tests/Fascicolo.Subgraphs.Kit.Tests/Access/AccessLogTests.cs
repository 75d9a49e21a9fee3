using System.Net;
using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Trust;
using Fascicolo.Testing;
using Npgsql;
using static Fascicolo.Subgraphs.Kit.Tests.Access.AccessData;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// Every allowed personal read is in the access log before its data leaves: one entry per data subject
/// and request, naming the caller and the fields; no entry for refused or public reads; and when the
/// log cannot be written, 503 <c>AUDIT_UNAVAILABLE</c> and no data.
/// </summary>
public sealed class AccessLogTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task AllowedReads_Should_BeLoggedOncePerSubjectWithSortedFields_When_AnOperatorReadsTwoPeople()
    {
        var caller = TestCallers.Operator(AccessModule.ModuleName, purpose: "case 2026/17") with { Client = "desk-app" };
        var before = DateTimeOffset.UtcNow;

        var response = await PostAsAsync(Host, caller, new
        {
            query = $"{{ a: citizen(fiscalCode: \"{Stranger}\") {{ income name fiscalCode }} b: citizen(fiscalCode: \"{Pupil}\") {{ name }} c: citizen(fiscalCode: \"{Stranger}\") {{ name }} bulletin }}",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var entries = await TestAccessLog.ReadByRequestAsync(caller.RequestId);
        Assert.Equal([Pupil, Stranger], entries.Select(e => e.DataSubject).Order(StringComparer.Ordinal));
        var stranger = entries.Single(e => e.DataSubject == Stranger);
        Assert.Equal(["Citizen.income", "Citizen.name"], stranger.Fields);
        Assert.Equal(["Citizen.name"], entries.Single(e => e.DataSubject == Pupil).Fields);
        Assert.Equal(
            new AccessRecord(stranger.At, caller.RequestId, AccessModule.ModuleName, CallerRoles.Operator, "operator-tests", "D969", AccessModule.ModuleName, 2, "case 2026/17", "desk-app", Stranger, stranger.Fields),
            stranger);
        Assert.InRange(stranger.At, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task CitizenRead_Should_BeLoggedUnderTheWard_When_AGuardianReadsTheirChild()
    {
        var caller = TestCallers.Citizen(Parent, 2, Pupil);

        await PostAsAsync(Host, caller, new { query = $"{{ citizen(fiscalCode: \"{Pupil}\") {{ grade }} }}" });

        var entry = Assert.Single(await TestAccessLog.ReadByRequestAsync(caller.RequestId));
        Assert.Equal((Pupil, Parent, CallerRoles.Citizen, 2), (entry.DataSubject, entry.ActorSubject, entry.ActorRole, entry.Assurance));
        Assert.Equal(["Citizen.grade"], entry.Fields);
    }

    [Fact]
    public async Task HouseholdRead_Should_BeLoggedForEveryMember_When_TheObjectHoldsSeveralPeoplesData()
    {
        var caller = TestCallers.Citizen(Pupil);

        await PostAsAsync(Host, caller, new { query = "{ household { members } }" });

        var entries = await TestAccessLog.ReadByRequestAsync(caller.RequestId);
        Assert.Equal([Pupil, Parent], entries.Select(e => e.DataSubject).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(["Household.members"], e.Fields));
    }

    [Fact]
    public async Task RefusedAndPublicReads_Should_LeaveNoEntry_When_NothingPersonalWasReturned()
    {
        var caller = TestCallers.Citizen(Parent);

        var response = await PostAsAsync(Host, caller, new { query = $"{{ citizen(fiscalCode: \"{Stranger}\") {{ fiscalCode income }} bulletin }}" });

        Assert.Single(response.Errors);
        Assert.Empty(await TestAccessLog.ReadByRequestAsync(caller.RequestId));
    }

    [Fact]
    public async Task PersonalRead_Should_Return503WithoutData_When_TheAccessLogRefusesTheInsert()
    {
        await using var host = await StartWithReadOnlyAccessLogAsync();
        var caller = TestCallers.Operator(AccessModule.ModuleName);

        var response = await PostAsAsync(host, caller, new { query = $"{{ citizen(fiscalCode: \"{Stranger}\") {{ name income }} bulletin }}" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(ErrorCodes.AuditUnavailable, SingleError(response.Json).Code());
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
        Assert.DoesNotContain("Sara", response.Body, StringComparison.Ordinal);
        Assert.Empty(await TestAccessLog.ReadByRequestAsync(caller.RequestId));
    }

    [Fact]
    public async Task PublicRead_Should_StillBeServed_When_TheAccessLogIsUnavailable()
    {
        await using var host = await StartWithReadOnlyAccessLogAsync();

        var response = await PostAsAsync(host, TestCallers.Operator(AccessModule.ModuleName), new { query = $"{{ bulletin citizen(fiscalCode: \"{Stranger}\") {{ fiscalCode }} }}" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(AccessQuery.Bulletin, response.Json.GetProperty("data").GetProperty("bulletin").GetString());
    }

    /// <summary>The access subgraph appending as the reader role: the table refuses its inserts.</summary>
    private static async Task<SubgraphTestHost> StartWithReadOnlyAccessLogAsync()
    {
        var readOnly = new NpgsqlConnectionStringBuilder(await TestAccessLog.OwnerConnectionStringAsync()) { Username = AccessLogDatabase.ReaderRole }.ConnectionString;
        return await SubgraphTestHost.StartAsync(new AccessModule(), new SubgraphTestHostOptions
        {
            Configure = builder => builder.Configuration[SubgraphAccessLog.ConnectionStringKey] = readOnly,
        });
    }
}
