using Npgsql;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>Searches every text column of every table of a PostgreSQL database for values in clear.</summary>
static class ClearTextScan
{
    /// <returns>"schema.table.column: value" for each column holding one of <paramref name="values"/> (any case).</returns>
    public static async Task<List<string>> FindAsync(string connectionString, params string[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        var found = new List<string>();
        foreach (var (schema, table, column) in columns)
        foreach (var value in values)
        {
            await using var search = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE strpos(lower(\"{column}\"::text), lower(@value)) > 0", connection);
            search.Parameters.AddWithValue("value", value);
            if (Convert.ToInt64(await search.ExecuteScalarAsync()) > 0) found.Add($"{schema}.{table}.{column}: {value}");
        }
        return found;
    }
}
