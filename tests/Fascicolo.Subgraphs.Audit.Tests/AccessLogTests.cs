using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fascicolo.Audit.Store;
using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary><c>Citizen.accessLog</c>: the citizen sees who read their data, and nobody else sees anyone's log.</summary>
[Collection(AuditSubgraph.Name)]
public sealed class AccessLogTests(AuditFixture fixture)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AccessLog_Should_ShowOfficeRolePurposeAndDataNewestFirst_When_TheCitizenReadsTheirOwn()
    {
        var citizen = TestFiscalCodes.Next();
        var other = TestFiscalCodes.Next();
        await fixture.Writer.AppendAsync(
        [
            Read(citizen, 0, "operator", "mario.rossi", "D969", "social", "presa in carico", "welfare", "Citizen.socialFolder", "SocialCase.services"),
            Read(other, 1, "operator", "anna.bianchi", "D969", "social", "altro fascicolo", "welfare", "Citizen.socialFolder"),
        ], CancellationToken.None);
        await fixture.Writer.AppendAsync(
        [
            Read(citizen, 2, "service", "pagopa-sync", null, null, "riconciliazione", "payments", "Citizen.debtPosition"),
            Read(citizen, 3, "operator", "luca.verdi", "D969", "taxes", "accertamento IMU", "taxes", "Citizen.taxPosition"),
        ], CancellationToken.None);

        using var response = await fixture.SendAsync(citizen, TestCallers.Citizen(citizen));

        var nodes = response.AccessLog().Nodes();
        Assert.Equal(["taxes", "payments", "welfare"], nodes.Select(node => node.GetProperty("subgraph").GetString()));
        var taxes = nodes[0];
        Assert.Equal("2026-03-02T09:03:00Z", taxes.GetProperty("at").GetString());
        Assert.Equal("operator", taxes.GetProperty("role").GetString());
        Assert.Equal(("D969", "taxes"), (taxes.GetProperty("office").GetProperty("ente").GetString(), taxes.GetProperty("office").GetProperty("department").GetString()));
        Assert.Equal("accertamento IMU", taxes.GetProperty("purpose").GetString());
        Assert.Equal(["Citizen.taxPosition"], taxes.GetProperty("data").EnumerateArray().Select(field => field.GetString()));
        Assert.True(nodes[1].GetProperty("office").IsNull());
        Assert.Equal(["Citizen.socialFolder", "SocialCase.services"], nodes[2].GetProperty("data").EnumerateArray().Select(field => field.GetString()));
        // Never who the reader was as a person, never another citizen's entries.
        var text = response.RootElement.GetRawText();
        Assert.DoesNotContain("mario.rossi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pagopa-sync", text, StringComparison.Ordinal);
        Assert.DoesNotContain("altro fascicolo", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessLog_Should_PageWithCursors_When_TheLogIsLongerThanAPage()
    {
        var citizen = TestFiscalCodes.Next();
        await fixture.Writer.AppendAsync([.. Enumerable.Range(0, 5).Select(i => Read(citizen, i, "operator", "op", "D969", "registry", "pratica " + i, "registry", "Citizen.residence"))], CancellationToken.None);

        using var first = await fixture.SendAsync(citizen, TestCallers.Citizen(citizen), first: 2);
        var firstLog = first.AccessLog();
        using var second = await fixture.SendAsync(citizen, TestCallers.Citizen(citizen), first: 2, after: firstLog.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var secondLog = second.AccessLog();
        using var last = await fixture.SendAsync(citizen, TestCallers.Citizen(citizen), first: 2, after: secondLog.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var lastLog = last.AccessLog();

        // Reading one's own log is a read of personal data too: the log grows by one entry per page read,
        // newer than the cursors, so the pages below still hold exactly the five entries written above.
        Assert.Equal(["pratica 4", "pratica 3"], firstLog.Nodes().Select(node => node.GetProperty("purpose").GetString()));
        Assert.Equal(["pratica 2", "pratica 1"], secondLog.Nodes().Select(node => node.GetProperty("purpose").GetString()));
        Assert.Equal(["pratica 0"], lastLog.Nodes().Select(node => node.GetProperty("purpose").GetString()));
        Assert.True(secondLog.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(secondLog.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(lastLog.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task AccessLog_Should_RecordTheCitizensOwnReadOfIt_When_Read()
    {
        var citizen = TestFiscalCodes.Next();
        var caller = TestCallers.Citizen(citizen, assurance: 3);

        using var response = await fixture.SendAsync(citizen, caller);

        Assert.Empty(response.AccessLog().Nodes());
        var entry = Assert.Single(await fixture.Reader.ReadByRequestAsync(caller.RequestId, CancellationToken.None));
        Assert.Equal(("audit", "citizen", citizen, citizen, 3), (entry.Record.Subgraph, entry.Record.ActorRole, entry.Record.ActorSubject, entry.Record.DataSubject, entry.Record.Assurance));
        Assert.Equal(["Citizen.accessLog"], entry.Record.Fields);
    }

    [Fact]
    public async Task AccessLog_Should_BeForbiddenAndEmpty_When_ACitizenAsksForAnothersLog()
    {
        var victim = TestFiscalCodes.Next();
        var snoop = TestFiscalCodes.Next();
        await fixture.Writer.AppendAsync([Read(victim, 0, "operator", "op", "D969", "social", "segreto", "welfare", "Citizen.socialFolder")], CancellationToken.None);

        using var response = await fixture.SendAsync(victim, TestCallers.Citizen(snoop, assurance: 3));

        AssertForbidden(response, AccessRefusalReasons.NotYourData);
    }

    [Fact]
    public async Task AccessLog_Should_BeForbidden_When_TheCodeIsAnOmocodicVariantOfTheCallersOwn()
    {
        // An omocodic code is another person's: the one whose code collided with the caller's.
        var citizen = TestFiscalCodes.Next();
        var variant = FiscalCodeGenerator.ApplyOmocodia(citizen, 1);
        await fixture.Writer.AppendAsync([Read(variant, 0, "operator", "op", "D969", "social", "segreto", "welfare", "Citizen.socialFolder")], CancellationToken.None);

        using var response = await fixture.SendAsync(variant, TestCallers.Citizen(citizen));

        AssertForbidden(response, AccessRefusalReasons.NotYourData);
    }

    public static TheoryData<string, string> OtherCallers => new()
    {
        { "operator of the audit department", AccessRefusalReasons.RoleNotAllowed },
        { "operator of social services", AccessRefusalReasons.RoleNotAllowed },
        { "service", AccessRefusalReasons.RoleNotAllowed },
        { "analyst", AccessRefusalReasons.RoleNotAllowed },
        { "citizen at SPID level 1", AccessRefusalReasons.AssuranceTooLow },
        { "anonymous", AccessRefusalReasons.AuthenticationRequired },
    };

    [Theory]
    [MemberData(nameof(OtherCallers))]
    public async Task AccessLog_Should_BeForbidden_When_TheCallerIsNotTheCitizenSignedInAtLevelTwo(string who, string reason)
    {
        var citizen = TestFiscalCodes.Next();
        await fixture.Writer.AppendAsync([Read(citizen, 0, "operator", "op", "D969", "social", "segreto", "welfare", "Citizen.socialFolder")], CancellationToken.None);
        var caller = who switch
        {
            "operator of the audit department" => TestCallers.Operator("audit"),
            "operator of social services" => TestCallers.Operator("social"),
            "service" => TestCallers.Service(),
            "analyst" => TestCallers.Analyst(),
            "citizen at SPID level 1" => TestCallers.Citizen(citizen, assurance: 1),
            _ => TestCallers.Anonymous(),
        };

        using var response = await fixture.SendAsync(citizen, caller);

        AssertForbidden(response, reason);
        Assert.Empty(await fixture.Reader.ReadByRequestAsync(caller.RequestId, CancellationToken.None));
    }

    [Fact]
    public async Task AccessLog_Should_Return401AndNothing_When_TheRequestHasNoInternalToken()
    {
        var citizen = TestFiscalCodes.Next();
        using var client = fixture.Host.CreateClient(caller: null);
        object[] representations = [new Dictionary<string, object> { ["__typename"] = "Citizen", ["fiscalCode"] = citizen }];

        using var response = await client.PostAsJsonAsync("/graphql", new { query = AccessLogQuery.Document, variables = new { representations } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("accessLog", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null, "INVALID_PAGE_SIZE")]
    [InlineData(101, null, "INVALID_PAGE_SIZE")]
    [InlineData(5, "not-a-cursor", "INVALID_CURSOR")]
    public async Task AccessLog_Should_FailWithItsCode_When_ThePagingArgumentsAreInvalid(int first, string? after, string code)
    {
        var citizen = TestFiscalCodes.Next();

        using var response = await fixture.SendAsync(citizen, TestCallers.Citizen(citizen), first, after);

        Assert.Equal(code, response.SingleError().Extension("code"));
    }

    private static void AssertForbidden(JsonDocument response, string reason)
    {
        var error = response.SingleError();
        Assert.Equal(ErrorCodes.Forbidden, error.Extension("code"));
        Assert.Equal(reason, error.Extension("reason"));
        var entity = response.RootElement.GetProperty("data").GetProperty("_entities")[0];
        Assert.True(entity.IsNull() || entity.GetProperty("accessLog").IsNull(), entity.GetRawText());
        Assert.DoesNotContain("segreto", response.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private static AccessRecord Read(string dataSubject, int minute, string role, string? subject, string? ente, string? department, string? purpose, string subgraph, params string[] fields) =>
        new(Monday.AddMinutes(minute), TestCallers.NewRequestId(), subgraph, role, subject, ente, department, 2, purpose, "portal", dataSubject, fields);
}
