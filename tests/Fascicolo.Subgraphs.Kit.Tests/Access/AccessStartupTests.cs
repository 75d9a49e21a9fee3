using Fascicolo.Subgraphs.Kit.Tests.Sample;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Kit.Tests.Access;

/// <summary>
/// What a subgraph refuses to start without: the gateway's key, the access log, a trust mode it may use
/// here, and a data subject for every personal field. The seed command, which serves nothing, needs none.
/// </summary>
public sealed class AccessStartupTests
{
    // Never connected to: the checks run before the migrations.
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=unused;Timeout=1";

    [Fact]
    public async Task Start_Should_FailNamingTheSetting_When_TheGatewayKeyIsMissing()
    {
        var error = await StartFailureAsync(new AccessModule(), new() { [SubgraphTrustSettings.GatewayKey] = "" });

        Assert.Contains("'Trust:GatewayKey'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Should_FailNamingTheSetting_When_TheGatewayKeyIsNeitherPemNorAFile()
    {
        var error = await StartFailureAsync(new AccessModule(), new() { [SubgraphTrustSettings.GatewayKey] = "/nowhere/gateway.pem.pub" });

        Assert.Contains("'Trust:GatewayKey'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Should_FailNamingTheSetting_When_TheAccessLogConnectionStringIsMissing()
    {
        var error = await StartFailureAsync(new AccessModule(), new() { [SubgraphAccessLog.ConnectionStringKey] = null });

        Assert.Contains("'ConnectionStrings:audit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Should_NameEveryPersonalFieldWithoutADataSubject_When_TheWiringIsIncomplete()
    {
        var error = await StartFailureAsync(new UnownedModule(), []);

        // Badge is unmarked, but the interface it implements is personal: its mark binds Badge too.
        Assert.Contains("Badge.code, Diary.mood, Diary.text, Pet.name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Should_NotAskForTheServingSettings_When_OnlyBuiltAsTheSeedCommandDoes()
    {
        var app = SubgraphApplication.Build([], new AccessModule(), builder =>
            builder.Configuration[new AccessModule().ConnectionStringKey] = Unreachable);

        Assert.NotNull(app.Services.GetService(typeof(Npgsql.NpgsqlDataSource)));
    }

    private static async Task<SubgraphConfigurationException> StartFailureAsync(SubgraphModule module, Dictionary<string, string?> settings, string[]? args = null)
    {
        await using var app = KitApps.Build(module, Unreachable, settings, args);
        return await Assert.ThrowsAsync<SubgraphConfigurationException>(() => app.StartAsync());
    }

    private sealed class UnownedModule : SubgraphModule
    {
        public override string Name => "kitunowned";

        public override void ConfigureGraphQL(IGraphQLBuilder graphql)
        {
            graphql.Services.Register<DiaryType>(GraphQL.DI.ServiceLifetime.Transient);
            graphql.Services.Register<PetType>(GraphQL.DI.ServiceLifetime.Transient);
            graphql.Services.Register<BadgeType>(GraphQL.DI.ServiceLifetime.Transient);
            graphql.Services.Register<CredentialInterface>(GraphQL.DI.ServiceLifetime.Transient);
            graphql.AddSchema(services =>
            {
                var schema = new Schema(services) { Query = new UnownedQuery() };
                schema.RegisterType(typeof(BadgeType));
                return schema;
            }).AddPersonalData();
        }

        public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => new SampleSeeder();
    }

    private sealed class UnownedQuery : ObjectGraphType
    {
        public UnownedQuery()
        {
            Name = "Query";
            Field<DiaryType>("diary").Resolve(_ => "d");
            Field<PetType>("pet").Resolve(_ => "p");
            Field<CredentialInterface>("credential").Resolve(_ => "b");
        }
    }

    private sealed class CredentialInterface : InterfaceGraphType<string>
    {
        public CredentialInterface()
        {
            Name = "Credential";
            this.PersonalData(PersonalDataCategory.Common);
            Field<StringGraphType>("code");
        }
    }

    private sealed class BadgeType : ObjectGraphType<string>
    {
        public BadgeType()
        {
            Name = "Badge";
            Interface<CredentialInterface>();
            IsTypeOf = source => source is string;
            Field<StringGraphType>("code").Resolve(c => c.Source);
        }
    }

    private sealed class DiaryType : ObjectGraphType<string>
    {
        public DiaryType()
        {
            Name = "Diary";
            this.PersonalData(PersonalDataCategory.Sensitive);
            Field<StringGraphType>("text").Resolve(c => c.Source);
            Field<StringGraphType>("mood").Resolve(c => c.Source);
        }
    }

    private sealed class PetType : ObjectGraphType<string>
    {
        public PetType()
        {
            Name = "Pet";
            Field<StringGraphType>("species").Resolve(c => c.Source);
            Field<StringGraphType>("name").Resolve(c => c.Source).PersonalData(PersonalDataCategory.Common);
        }
    }
}
