using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>
/// Brings every personal value under the current at-rest key: rows written in clear before sealing existed, rows sealed
/// under an older key after a rotation, and rows whose blind index is missing. A migration cannot do it (SQL has no
/// key), so it runs after migrating; when nothing is left it costs one query per sealed table.
/// </summary>
public static class AtRestReseal
{
    const int BatchSize = 200;

    /// <returns>How many rows were rewritten.</returns>
    public static async Task<int> RunAsync(DsarDbContext db, CancellationToken cancellationToken)
    {
        var keys = db.AtRestKeys ?? throw new InvalidOperationException("Resealing needs the at-rest keys.");
        var rewritten = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var properties = entity.GetProperties().Where(p => p.IsSealed()).ToList();
            if (properties.Count == 0) continue;
            var ids = await StaleRowsAsync(db, entity, properties, keys.CurrentPrefix, cancellationToken);
            foreach (var batch in ids.Chunk(BatchSize))
            {
                foreach (var id in batch)
                {
                    if (await db.FindAsync(entity.ClrType, [id], cancellationToken) is not { } row) continue;
                    var entry = db.Entry(row);
                    foreach (var property in properties) entry.Property(property.Name).IsModified = true;
                }
                rewritten += batch.Length;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        return rewritten;
    }

    static async Task<List<object>> StaleRowsAsync(DsarDbContext db, IEntityType entity, List<IProperty> properties,
        string currentPrefix, CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName(table)}\"";
        var key = entity.FindPrimaryKey()!.Properties.Single();
        // The prefix is "aes1:" and a hex key id: nothing in it needs escaping.
        var stale = properties.Select(p => $"({Column(p.Name)} IS NOT NULL AND {Column(p.Name)} NOT LIKE '{currentPrefix}%')")
            .Concat(properties.Where(p => p.HasBlindIndex())
                .Select(p => $"({Column(p.Name)} IS NOT NULL AND {Column(PersonalData.IndexOf(p.Name))} IS NULL)"));
        var schema = entity.GetSchema() is { } s ? $"\"{s}\"." : "";
        var sql = $"SELECT {Column(key.Name)} FROM {schema}\"{table.Name}\" WHERE {string.Join(" OR ", stale)}";

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var ids = new List<object>();
            while (await reader.ReadAsync(cancellationToken)) ids.Add(KeyValue(reader, key.ClrType));
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static object KeyValue(DbDataReader reader, Type type) => reader.GetValue(0) switch
    {
        Guid guid => guid,
        var value when type == typeof(Guid) => Guid.Parse(Convert.ToString(value)!),
        var value => Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
    };
}
