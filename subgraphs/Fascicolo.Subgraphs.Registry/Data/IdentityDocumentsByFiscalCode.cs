using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Identity documents by their holder's fiscal code, a batch at a time.</summary>
internal static class IdentityDocumentsByFiscalCode
{
    // Newest first: the document a desk operator asks for is usually the latest one.
    private const string Sql = """
        select d.fiscal_code, d.number, d.type, d.issued_on, d.expires_on, d.issued_by
        from identity_document d
        where d.fiscal_code = any(@keys)
        order by d.fiscal_code, d.issued_on desc, d.number
        """;

    /// <summary>The loader of <c>Citizen.identityDocuments</c>.</summary>
    public static readonly BatchLoader<string, IdentityDocumentRecord> Loader = new(LoadAsync, d => d.FiscalCode);

    /// <summary>Loads the documents of the given citizens.</summary>
    public static async Task<IEnumerable<IdentityDocumentRecord>> LoadAsync(
        IReadOnlyList<string> fiscalCodes, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", fiscalCodes.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<IdentityDocumentRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new IdentityDocumentRecord(
                reader.GetString(0),
                reader.GetString(1),
                (DocumentType)reader.GetInt16(2),
                reader.GetFieldValue<DateOnly>(3),
                reader.GetFieldValue<DateOnly>(4),
                reader.GetString(5)));
        }
        return documents;
    }
}
