using System.Text.Json;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using GraphQL;
using GraphQL.DI;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Kit.Tests;

/// <summary>
/// <c>AddPersonalData</c>: a subgraph that calls it declares <c>@personalData</c>, links the privacy
/// spec importing it, and exports it with <c>@composeDirective</c>, all in its <c>_service { sdl }</c>
/// (composers need the definition there); a subgraph that does not call it is unchanged.
/// </summary>
public sealed class PersonalDataTests
{
    [Fact]
    public async Task ServiceSdl_Should_LinkDeclareAndComposePersonalData_When_TheSubgraphAddsIt()
    {
        var sdl = await ServiceSdlAsync(new PrivacyModule());

        Assert.Contains("""@link(url: "https://fascicolo.dev/privacy/v1.0", import: ["@personalData"])""", sdl, StringComparison.Ordinal);
        Assert.Contains("""@composeDirective(name: "@personalData")""", sdl, StringComparison.Ordinal);
        Assert.Matches("""@link\(url: "https://specs.apollo.dev/federation/v2.3", import: \[[^\]]*"@composeDirective"\]\)""", sdl);
        Assert.Contains("directive @personalData(", sdl, StringComparison.Ordinal);
        Assert.Contains("category: String!) on FIELD_DEFINITION | OBJECT", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Record @key(fields: "id") @personalData(category: "sensitive") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""secret: String! @personalData(category: "sensitive")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""email: String! @personalData(category: "common")""", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_StayUnchanged_When_TheSubgraphDoesNotAddPersonalData()
    {
        var sdl = await ServiceSdlAsync(new SampleModule());

        Assert.DoesNotContain("personalData", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("composeDirective", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("fascicolo.dev/privacy", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonalData_Should_Throw_When_TheCategoryIsBlank()
    {
        var field = new FieldType { Name = "x" };

        Assert.Throws<ArgumentException>(() => field.PersonalData(" "));
    }

    // Builds (never starts) the application and runs the query in process: no database is touched.
    private static async Task<string> ServiceSdlAsync(SubgraphModule module)
    {
        var app = KitApps.Build(module, "Host=127.0.0.1;Database=unused");
        await using (app)
        {
            var executer = app.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
            var result = await executer.ExecuteAsync(new ExecutionOptions { Query = "{ _service { sdl } }", RequestServices = app.Services });
            var text = app.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
            using var json = JsonDocument.Parse(text);
            Assert.False(json.RootElement.TryGetProperty("errors", out _), text);
            return json.RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
        }
    }

    private sealed class PrivacyModule : SubgraphModule
    {
        public override string Name => "kitprivacy";

        public override void ConfigureGraphQL(IGraphQLBuilder graphql)
        {
            graphql.Services.Register<RecordType>(GraphQL.DI.ServiceLifetime.Transient);
            graphql.AddSchema(services => new Schema(services) { Query = new PrivacyQuery() }).AddPersonalData();
        }

        public override ISubgraphSeeder CreateSeeder(IServiceProvider services) => throw new NotSupportedException();
    }

    private sealed class PrivacyQuery : ObjectGraphType
    {
        public PrivacyQuery()
        {
            Name = "Query";
            Field<RecordType>("record").Resolve(_ => "R1");
        }
    }

    private sealed class RecordType : ObjectGraphType<string>
    {
        public RecordType()
        {
            Name = "Record";
            this.Key("id");
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source);
            Field<NonNullGraphType<StringGraphType>>("secret").Resolve(_ => "s").PersonalData(PersonalDataCategory.Sensitive);
            Field<NonNullGraphType<StringGraphType>>("email").Resolve(_ => "e").PersonalData(PersonalDataCategory.Common);
            this.PersonalData(PersonalDataCategory.Sensitive);
            this.DataSubject(id => id);
        }
    }
}
