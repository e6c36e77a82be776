using System.Net;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;
using Npgsql;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The web host with <c>Database:Provider</c> and <c>Stores:Provider</c> = <c>PostgreSql</c> on a cluster the test
/// starts: the PostgreSQL migration sets of the workflows and of the four stores apply, the demo data seeds, a deletion advances through its steps (each advance checks the instance's Guid
/// concurrency token), and its directory wait ends on a timer fired by Hangfire with its storage in PostgreSQL. No table
/// of the workflow database (platform tables and Hangfire's) then holds her email or name in clear: they are sealed at rest.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlWorkflowDatabaseTests
{
    [Test, CancelAfter(120_000)]
    public async Task A_deletion_completes_with_the_workflow_database_the_job_storage_and_every_store_on_PostgreSQL_and_no_platform_table_holds_her_email_or_name_in_clear()
    {
        await using var postgres = await PostgresCluster.StartNewAsync();
        using var data = new TempFolder("web-postgres");
        var dsar = await postgres.CreateDatabaseAsync("dsar");
        var port = FreePort.Next();
        var address = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address,
            ["Email__PublicBaseUrl"] = address,
            ["DataFolder"] = data.Path,
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__dsar"] = dsar,
            ["Stores__Provider"] = "PostgreSql",
        };
        foreach (var store in StoreNames.All) environment[$"ConnectionStrings__{store}"] = await postgres.CreateDatabaseAsync(store);
        await using var web = AppProcess.Start(BuiltApp.Web, environment);
        await web.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(60));
        var api = new DsarApi(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        });

        var reference = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var verification = (await api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single();
        await api.ConfirmAsync(verification.Links.Single());
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation" || r.Status == "Faulted", "the directory wait");

        Assert.That(waiting.Status, Is.Not.EqualTo("Faulted"), waiting.FaultReason);
        Assert.That(waiting.Tasks.All(t => t.Status == "Completed"), web.LogTail());
        // The state really lives in PostgreSQL, not in a SQLite file of the data folder.
        await using var connection = new NpgsqlConnection(dsar);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"WorkflowInstances\"", connection);
        Assert.That(Convert.ToInt32(await count.ExecuteScalarAsync()), Is.EqualTo(1));
        Assert.That(Directory.GetFiles(data.Path, "*.db"), Is.Empty, "no SQLite file for the workflows or any store");
        // The schedule lives beside it, so several web hosts share one.
        await using var jobs = new NpgsqlCommand("SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = 'workflow-timers'", connection);
        Assert.That(Convert.ToInt32(await jobs.ExecuteScalarAsync()), Is.EqualTo(1));

        await DeletionCompletion.AdvanceClockAndAssertCompletedOnceAsync(api, reference);
        Assert.That(await ClearTextScan.FindAsync(dsar, "alice@example.com", "Alice Example"), Is.Empty,
            "a column of the workflow database holds a personal value in clear");
        Assert.That(await ClearTextScan.FindAsync(dsar, reference), Is.Not.Empty, "the scan reads the request's own rows");
    }
}
