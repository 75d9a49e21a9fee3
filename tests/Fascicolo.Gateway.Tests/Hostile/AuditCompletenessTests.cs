using Fascicolo.Audit.Store;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Tests.CityGraph;
using Fascicolo.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Fascicolo.Gateway.Tests.Hostile;

/// <summary>
/// After the hostile battery (<see cref="BatteryRun"/>): every personal value any response of the run
/// carried, privileged, legitimate or hostile, has its access-log entry under the same request id,
/// for the same data subject and field, with the caller's role; and the log's hash chain still verifies.
/// </summary>
[Collection(WholeHub.Name)]
public sealed class AuditCompletenessTests(CityGatewayFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AccessLog_Should_HoldAnEntryForEveryPersonalValueReturned_When_TheBatteryIsOver()
    {
        var run = await BatteryRun.OfAsync(fixture);
        var sdls = await Task.WhenAll(fixture.Subgraphs.Values.Select(s => s.QueryServiceSdlAsync()));
        var personal = new PersonalCoordinates(sdls);
        var supergraph = SupergraphReader.Read(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "schema", "supergraph.graphql")));

        var (missing, checkedPairs) = await AuditCompleteness.CheckAsync(run.Observed, new AuditExpectations(supergraph, personal));

        output.WriteLine($"{run.Observed.Count} responses with data; {checkedPairs} (request, data subject, field) reads checked against the access log; {missing.Count} missing; {personal.Count} personal fields declared by the subgraphs.");
        // The legitimate reads alone show hundreds of personal fields: a check of nothing proves nothing.
        Assert.True(checkedPairs > 200, $"Only {checkedPairs} personal reads were checked.");
        Assert.True(missing.Count == 0, $"{missing.Count} personal values were returned without their access-log entry:\n" + BatterySummary.Sample(missing));
    }

    [Fact]
    public async Task AuditCompleteness_Should_ReportTheReads_When_TheirEntriesAreNotUnderTheRequestId()
    {
        // The check above passes only if it can fail: the operator persona's read of the welfare recipient,
        // looked up under a request id nobody used, must come out as missing, field by field.
        var run = await BatteryRun.OfAsync(fixture);
        var sdls = await Task.WhenAll(fixture.Subgraphs.Values.Select(s => s.QueryServiceSdlAsync()));
        var supergraph = SupergraphReader.Read(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "schema", "supergraph.graphql")));
        var read = run.Observed.First(r => r.Label.StartsWith("operator persona reads the welfare recipient", StringComparison.Ordinal));
        var recipient = fixture.City.GetPersona(Domain.SyntheticCity.DemoPersonaKeys.WelfareRecipient).FiscalCode;

        var (missing, checkedPairs) = await AuditCompleteness.CheckAsync([read with { RequestId = TestCallers.NewRequestId() }], new AuditExpectations(supergraph, new PersonalCoordinates(sdls)));

        Assert.Equal(checkedPairs, missing.Count);
        Assert.Contains(missing, m => m.Subject == recipient && m.Coordinate == "Citizen.socialFolder");
        Assert.Contains(missing, m => m.Subject == recipient && m.Coordinate == "WelfareBenefit.monthlyAmount");
    }

    [Fact]
    public async Task AccessLogChain_Should_Verify_When_TheBatteryIsOver()
    {
        await BatteryRun.OfAsync(fixture);
        var connectionString = await TestAccessLog.OwnerConnectionStringAsync();

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var verification = await new AccessLogVerifier(dataSource).VerifyAsync(progress: null, CancellationToken.None);
        // And the command an operator runs (`./build.sh audit-verify` runs the same), on the same log.
        var command = await ProcessRunner.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Fascicolo.Subgraphs.Audit.dll"), "verify", $"--ConnectionStrings:audit={connectionString}"],
            AppContext.BaseDirectory,
            TimeSpan.FromMinutes(1));

        output.WriteLine($"{verification.EntriesChecked} access-log entries verified; head {verification.Head}");
        output.WriteLine(command.Output);
        Assert.True(verification.IsValid, $"The access log's chain is broken: {verification.Break}");
        Assert.True(verification.EntriesChecked > 0);
        Assert.True(command.ExitCode == 0, $"verify exited with {command.ExitCode}:\n{command.Output}\n{command.Error}");
    }
}
