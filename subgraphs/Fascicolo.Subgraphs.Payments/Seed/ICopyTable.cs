using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>A table the seeder copies.</summary>
internal interface ICopyTable
{
    /// <summary>The table name.</summary>
    string Name { get; }

    /// <summary>Writes every row with <c>COPY … FROM STDIN (FORMAT BINARY)</c> and returns the rows written.</summary>
    Task<long> CopyAsync(NpgsqlConnection connection, ISeedProgress progress, CancellationToken cancellationToken);
}
