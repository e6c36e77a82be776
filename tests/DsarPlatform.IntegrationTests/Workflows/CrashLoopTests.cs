using System.Diagnostics;
using System.Net;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// R1 on the embedded default (one web process: in-memory bus, stores in-process, SQLite files in one
/// data folder kept across restarts): the process is killed with SIGKILL at a random moment after each
/// round of submissions and confirmations, then started again. At the end every request must complete,
/// and the effects counted in the databases must show none lost and none doubled.
/// </summary>
[NonParallelizable]
public sealed class CrashLoopTests
{
    const int Runs = 20;
    const int RequestsPerRun = 3;
    const string Agent = "agent@dsar.local";
    const string AgentPassword = "Agent-Demo-2026!";
    static readonly TimeSpan MaxKillDelay = TimeSpan.FromMilliseconds(1500);

    TempFolder _data = null!;
    AppProcess? _web;
    readonly List<HttpClient> _clients = [];

    [SetUp]
    public void CreateDataFolder() => _data = new TempFolder("crash-loop");

    [TearDown]
    public async Task StopEverything()
    {
        if (_web is not null) await _web.DisposeAsync();
        foreach (var client in _clients) client.Dispose();
        _data.Dispose();
    }

    [Test, CancelAfter(300_000)]
    public async Task Killing_the_web_host_at_random_moments_loses_no_request_and_doubles_no_effect()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRASH_LOOP_SEED"), out var given) ? given : Random.Shared.Next();
        TestContext.Progress.WriteLine($"CrashLoop seed {seed} (set CRASH_LOOP_SEED to replay)");
        var random = new Random(seed);
        var total = Stopwatch.StartNew();

        await StartWebAsync(); // creates and seeds the databases
        Assert.That(await _web!.StopAsync(), Is.EqualTo(0), _web.LogTail());
        await _web.DisposeAsync();
        var accounts = await CrashTestAccounts.SeedAsync(_data.Path, Runs * RequestsPerRun);

        var submitted = new Dictionary<string, CrashTestAccount>();
        var confirmed = new HashSet<string>();
        for (var run = 0; run < Runs; run++)
        {
            var started = Stopwatch.StartNew();
            var api = await StartWebAsync();
            var startup = started.Elapsed;
            foreach (var account in accounts.Skip(run * RequestsPerRun).Take(RequestsPerRun))
            {
                submitted[await api.SubmitDeletionAsync(account.AccountId, account.Email, account.FullName)] = account;
            }
            await ConfirmAsync(api, submitted.Keys.Except(confirmed).Where(_ => random.NextDouble() < 0.6), confirmed);
            var delay = TimeSpan.FromMilliseconds(random.Next((int)MaxKillDelay.TotalMilliseconds + 1));
            await Task.Delay(delay);
            await _web!.KillAsync();
            await _web.DisposeAsync();
            TestContext.Progress.WriteLine($"run {run + 1}: {submitted.Count} submitted, {confirmed.Count} confirmed, killed {delay.TotalMilliseconds:F0} ms after the last action (start-up {startup.TotalSeconds:F1} s, run {started.Elapsed.TotalSeconds:F1} s)");
        }
        var crashes = total.Elapsed;

        var final = await StartWebAsync();
        await ConfirmAsync(final, submitted.Keys.Except(confirmed), confirmed, waitForMail: true);
        await final.SignInAsync(Agent, AgentPassword);
        await WaitForAllAsync(final, submitted.Keys, r => r.CurrentStep == "directory-propagation" || r.Status == "Completed", "the directory wait");
        var advance = await final.Client.PostAsync("/api/dev/clock/advance",
            new StringContent("{\"by\":\"P14D\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await final.SignInAsync(Agent, AgentPassword); // the token expired with the clock
        var done = await WaitForAllAsync(final, submitted.Keys, r => r.Status is "Completed" or "Faulted", "completion");
        Assert.That(done.Where(r => r.Status != "Completed").Select(r => $"{r.Reference}: {r.FaultReason}"), Is.Empty);
        Assert.That(await _web!.StopAsync(), Is.EqualTo(0), _web.LogTail());

        var lost = submitted.Count - CountRequests(submitted.Keys);
        var duplicates = CountDuplicateTasks(submitted.Keys) + CountDuplicateProcessing();
        var notErased = 0;
        foreach (var account in submitted.Values)
        {
            if (!await CrashTestAccounts.IsErasedAsync(_data.Path, account.AccountId)) notErased++;
        }
        TestContext.Progress.WriteLine(
            $"CrashLoop: {Runs} runs, {submitted.Count} requests, {lost} lost, {duplicates} duplicates, {notErased} not erased; " +
            $"crash loop {crashes.TotalSeconds:F0} s, total {total.Elapsed.TotalSeconds:F0} s");
        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.Zero, "requests lost");
            Assert.That(duplicates, Is.Zero, "duplicate tasks or processings");
            Assert.That(notErased, Is.Zero, "accounts not erased");
        });
    }

    /// <summary>Confirms the given requests through their verification links (GET the page, POST its form).</summary>
    static async Task ConfirmAsync(DsarApi api, IEnumerable<string> references, HashSet<string> confirmed, bool waitForMail = false)
    {
        foreach (var reference in references.ToList())
        {
            var mails = waitForMail
                ? await api.WaitForMailAsync(m => IsVerification(m, reference), $"the verification email of {reference}")
                : (await api.MailAsync()).Where(m => IsVerification(m, reference)).ToList();
            if (mails.Count == 0) continue; // not delivered yet: a later run confirms it
            await api.ConfirmAsync(mails[0].Links.Single(l => l.Contains("/verify/")));
            confirmed.Add(reference);
        }
    }

    static bool IsVerification(Web.Development.CapturedEmail mail, string reference) =>
        mail.Subject.Contains(reference) && mail.Links.Any(l => l.Contains("/verify/"));

    static async Task<List<RequestDetails>> WaitForAllAsync(DsarApi api, IEnumerable<string> references, Func<RequestDetails, bool> until, string what)
    {
        var all = references.ToList();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var details = new List<RequestDetails>();
            foreach (var reference in all) details.Add(await api.RequestAsync(reference));
            var waiting = details.Where(r => !until(r)).ToList();
            if (waiting.Count == 0) return details;
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{waiting.Count} of {all.Count} requests never reached {what}: " +
                    string.Join("; ", waiting.Take(5).Select(r => $"{r.Reference} {r.Status} at {r.CurrentStep}, tasks " +
                        string.Join(",", r.Tasks.Select(t => $"{t.Store}/{t.Action}/{t.Status}")))));
            }
            await Task.Delay(500);
        }
    }

    int CountRequests(IEnumerable<string> references)
    {
        using var db = Open("dsar");
        return references.Count(reference => Scalar(db, "SELECT COUNT(*) FROM Requests WHERE Reference = $p", reference) == 1);
    }

    /// <summary>Per request: anything but one erase task per store and one listing check is a duplicate (or a loss).</summary>
    int CountDuplicateTasks(IEnumerable<string> references)
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
    int CountDuplicateProcessing()
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

    SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(CrashTestAccounts.ConnectionString(_data.Path, database));
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

    async Task<DsarApi> StartWebAsync()
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        _web = AppProcess.Start(BuiltApp.Web, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["DataFolder"] = _data.Path,
            ["ASPNETCORE_URLS"] = address,
            ["Email__PublicBaseUrl"] = address,
            ["Security__RateLimits__PublicPostsPerWindow"] = "100000",
            ["Workflows__SweepCron"] = "*/5 * * * * *",
            ["Workflows__SchedulePollingInterval"] = "00:00:01",
        });
        await _web.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(60));
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        };
        _clients.Add(client);
        return new DsarApi(client);
    }
}
