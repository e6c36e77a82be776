using DsarPlatform.Workflows.Runtime;
using Npgsql;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>What the shared PostgreSQL workflow database says about the multi-host run: progress while it runs, the effects counted after.</summary>
public sealed class MultiHostLedger(string connectionString)
{
    /// <summary>References of the requests whose instance is at <paramref name="step"/> with <paramref name="status"/>.</summary>
    public Task<List<string>> AtStepAsync(string step, InstanceStatus status) => ColumnAsync(
        "SELECT r.\"Reference\" FROM \"Requests\" r JOIN \"WorkflowInstances\" i ON i.\"RequestId\" = r.\"Id\" WHERE i.\"CurrentStep\" = @a AND i.\"Status\" = @b",
        step, status.ToString()); // the status is stored by name

    /// <summary>How many instances are in each status.</summary>
    public async Task<Dictionary<InstanceStatus, int>> StatusesAsync() =>
        (await PairsAsync("SELECT \"Status\"::text, count(*)::text FROM \"WorkflowInstances\" GROUP BY \"Status\""))
            .ToDictionary(p => Enum.Parse<InstanceStatus>(p.Key), p => int.Parse(p.Value));

    /// <summary>Per reference, the number of journal entries with <paramref name="journalEvent"/> (at <paramref name="step"/> when given).</summary>
    public async Task<Dictionary<string, int>> JournalCountsAsync(string journalEvent, string? step = null) =>
        (await PairsAsync(
            "SELECT r.\"Reference\", count(j.\"Id\")::text FROM \"Requests\" r LEFT JOIN \"Journal\" j ON j.\"RequestId\" = r.\"Id\" AND j.\"Event\" = @a " +
            "AND (@b = '' OR j.\"Step\" = @b) GROUP BY r.\"Reference\"", journalEvent, step ?? ""))
            .ToDictionary(p => p.Key, p => int.Parse(p.Value));

    /// <summary>Per reference, the step timers named <paramref name="purpose"/> and how many of them fired.</summary>
    public async Task<Dictionary<string, (int Timers, int Fired)>> StepTimersAsync(string purpose) =>
        (await PairsAsync(
            "SELECT r.\"Reference\", count(t.\"Id\")::text || '/' || count(t.\"FiredAtUtc\")::text FROM \"Requests\" r " +
            "JOIN \"WorkflowTimers\" t ON t.\"RequestId\" = r.\"Id\" WHERE t.\"Purpose\" = @a GROUP BY r.\"Reference\"", purpose))
            .ToDictionary(p => p.Key, p => (int.Parse(p.Value.Split('/')[0]), int.Parse(p.Value.Split('/')[1])));

    /// <summary>The earliest time a journal entry with <paramref name="journalEvent"/> was written for one of the references.</summary>
    public async Task<DateTime> EarliestJournalAsync(string journalEvent, IEnumerable<string> references)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT min(j.\"AtUtc\") FROM \"Journal\" j JOIN \"Requests\" r ON r.\"Id\" = j.\"RequestId\" WHERE j.\"Event\" = @a AND r.\"Reference\" = ANY(@b)", connection);
        command.Parameters.AddWithValue("a", journalEvent);
        command.Parameters.AddWithValue("b", references.ToArray());
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    public Task<int> CountAsync(string sql) => ScalarAsync(sql);

    async Task<int> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    async Task<List<string>> ColumnAsync(string sql, params object[] parameters) =>
        (await PairsAsync(sql.Replace("SELECT r.\"Reference\" FROM", "SELECT r.\"Reference\", '' FROM"), parameters)).Select(p => p.Key).ToList();

    async Task<List<KeyValuePair<string, string>>> PairsAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++) command.Parameters.AddWithValue(((char)('a' + i)).ToString(), parameters[i]);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<string, string>>();
        while (await reader.ReadAsync()) rows.Add(new(reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
