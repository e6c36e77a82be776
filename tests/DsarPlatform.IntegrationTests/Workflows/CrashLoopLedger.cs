using DsarPlatform.Contracts;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// What a crash loop left in the SQLite files of its data folder: requests lost, store tasks or store processings
/// that are not exactly one, counted in the workflow database and each store's ProcessedTasks.
/// </summary>
public sealed class CrashLoopLedger(string dataFolder)
{
    public int CountRequests(IEnumerable<string> references)
    {
        using var db = Open("dsar");
        return references.Count(reference => Scalar(db, "SELECT COUNT(*) FROM Requests WHERE Reference = $p", reference) == 1);
    }

    /// <summary>Per request: anything but one erase task per store and one listing check is a duplicate (or a loss).</summary>
    public int CountDuplicateTasks(IEnumerable<string> references)
    {
        using var db = Open("dsar");
        var wrong = 0;
        foreach (var reference in references)
        {
            foreach (var store in StoreNames.All)
            {
                wrong += Math.Abs(1 - Scalar(db,
                    "SELECT COUNT(*) FROM StoreTasks t JOIN Requests r ON r.Id = t.RequestId WHERE r.Reference = $p AND t.Action = 'Erase' AND t.Store = '" + store + "'", reference));
            }
            wrong += Math.Abs(1 - Scalar(db,
                "SELECT COUNT(*) FROM StoreTasks t JOIN Requests r ON r.Id = t.RequestId WHERE r.Reference = $p AND t.Action = 'CheckListing'", reference));
        }
        return wrong;
    }

    /// <summary>Every finished task of a store appears exactly once in that store's ProcessedTasks.</summary>
    public int CountDuplicateProcessing()
    {
        using var workflow = Open("dsar");
        var wrong = 0;
        foreach (var store in StoreNames.All)
        {
            using var storeDb = Open(store);
            var ids = Column(workflow, "SELECT Id FROM StoreTasks WHERE Store = $p", store);
            foreach (var id in ids)
            {
                wrong += Math.Abs(1 - Scalar(storeDb, "SELECT COUNT(*) FROM ProcessedTasks WHERE upper(TaskId) = upper($p)", id));
            }
            wrong += Math.Max(0, Scalar(storeDb, "SELECT COUNT(*) - COUNT(DISTINCT upper(TaskId)) FROM ProcessedTasks", ""));
        }
        return wrong;
    }

    /// <summary>Due timers nobody fired: after the loop's final sweep there must be none.</summary>
    public int CountUnfiredDueTimers(DateTime nowUtc)
    {
        using var db = Open("dsar");
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM WorkflowTimers WHERE FiredAtUtc IS NULL AND DueAtUtc <= $now";
        command.Parameters.AddWithValue("$now", nowUtc);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(CrashTestAccounts.ConnectionString(dataFolder, database));
        connection.Open();
        return connection;
    }

    static int Scalar(SqliteConnection db, string sql, string parameter)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    static List<string> Column(SqliteConnection db, string sql, string parameter)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
