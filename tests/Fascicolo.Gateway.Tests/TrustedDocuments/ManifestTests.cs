using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Hosting;
using Fascicolo.Gateway.Limits;
using Fascicolo.Gateway.TrustedDocuments;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests.TrustedDocuments;

/// <summary>
/// Our clients' operations (<c>schema/operations/&lt;client&gt;/*.graphql</c>): the checked-in manifest is
/// exactly what the files give, and every operation is valid against <c>schema/supergraph.graphql</c> and
/// within the default limits. With <c>FASCICOLO_UPDATE_SCHEMA=1</c> the manifest is rewritten first.
/// </summary>
public sealed class ManifestTests
{
    private static readonly string Operations = Path.Combine(RepositoryRoot.Find(), "schema", "operations");

    public static TheoryData<string> OperationFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Operations, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Operations, file));
        }

        return files;
    }

    [Fact]
    public async Task Manifest_Should_BeWhatTheOperationFilesGive_When_CheckedIn()
    {
        var path = Path.Combine(Operations, "manifest.json");
        var expected = TrustedDocumentManifest.FromDirectory(Operations).ToJson();
        if (Environment.GetEnvironmentVariable(SchemaContract.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, expected);
        }

        Assert.True(
            File.Exists(path) && await File.ReadAllTextAsync(path) == expected,
            "schema/operations/manifest.json differs from schema/operations/*/*.graphql: run ./build.sh build (or `dotnet Fascicolo.Gateway.dll trusted-documents`) and commit it.");
    }

    [Fact]
    public void Manifest_Should_HoldTheCitizenAppOperations_When_Built()
    {
        var manifest = TrustedDocumentManifest.FromDirectory(Operations);

        var names = manifest.Clients["citizen-app"].Values.Select(text => DocumentParser.Parse(text).Operations.Single().Name!.StringValue).Order();
        Assert.Equal(["AccessLog", "ChildSchool", "Dossier", "PaymentsDue"], names);
    }

    [Theory]
    [MemberData(nameof(OperationFiles))]
    public async Task Operation_Should_BeValidAndWithinTheDefaultLimits_When_CheckedAgainstTheSupergraph(string file)
    {
        using var runtime = GatewayRuntimeLoader.Load(new GatewaySettings { Supergraph = Path.Combine(RepositoryRoot.Find(), "schema", "supergraph.graphql") }, []);
        var text = (await File.ReadAllTextAsync(Path.Combine(Operations, file))).ReplaceLineEndings("\n");
        var document = runtime.Documents.GetOrAdd(text);

        Assert.Null(document.ParseError);
        var errors = await document.ValidateAsync(runtime.Validation);
        Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors.Select(e => e.Message))}");
        var operation = document.GetOperation(0);
        Assert.Empty(new OperationLimits(new LimitSettings()).Check(runtime.Supergraph, operation, null));
    }

    [Fact]
    public void Parse_Should_Refuse_When_AHashIsNotTheHashOfItsDocument()
    {
        var json = TrustedDocumentManifest.FromDirectory(Operations).ToJson().Replace("citizen(fiscalCode: $fiscalCode)", "citizen(fiscalCode: \\\"RVRSFN72H30C621K\\\")", StringComparison.Ordinal);

        var exception = Assert.Throws<FormatException>(() => TrustedDocumentManifest.Parse(json));

        Assert.Contains("is not the hash of its document", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Should_GiveBackTheManifest_When_ReadingWhatToJsonWrote()
    {
        var manifest = TrustedDocumentManifest.FromDirectory(Operations);

        var read = TrustedDocumentManifest.Parse(manifest.ToJson());

        Assert.Equal(manifest.ToJson(), read.ToJson());
        Assert.Equal(manifest.Count, read.Count);
    }

    [Fact]
    public async Task Command_Should_WriteTheManifest_When_GivenAnOperationsFolder()
    {
        var folder = Directory.CreateTempSubdirectory("operations-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "kiosk"));
            await File.WriteAllTextAsync(Path.Combine(folder, "kiosk", "Unix.graphql"), "query A {\n  a\n}\n");
            Directory.CreateDirectory(Path.Combine(folder, "desk"));
            await File.WriteAllTextAsync(Path.Combine(folder, "desk", "Windows.graphql"), "query A {\r\n  a\r\n}\r\n");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exitCode = await TrustedDocumentsCommand.RunAsync(["--operations", folder], output, error);

            Assert.Equal(0, exitCode);
            var manifest = TrustedDocumentManifest.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")));
            // CRLF files hash as their LF text: a Windows checkout gives the same ids.
            Assert.Equal(manifest.Clients["kiosk"].Keys, manifest.Clients["desk"].Keys);
            Assert.Equal(TrustedDocumentManifest.Hash("query A {\n  a\n}\n"), manifest.Clients["kiosk"].Keys.Single());
            Assert.Contains("2 document(s) of 2 client(s)", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
