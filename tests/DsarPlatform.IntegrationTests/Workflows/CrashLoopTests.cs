using System.Diagnostics;
using System.Net;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// R1 on the embedded default (one web process: in-memory bus, stores in-process, SQLite files in one
/// data folder kept across restarts): the process is killed with SIGKILL at a random moment after each
/// round of submissions and confirmations, then started again. The distributed run does the same with the stores in
/// their own process over a private RabbitMQ node, and midway through some runs also SIGKILLs the stores process or
/// stops the broker (by pid; restarted next run on the same port and data). At the end every request must complete,
/// and the effects counted in the databases must show none lost and none doubled, and no due timer left unfired.
/// </summary>
[NonParallelizable]
public sealed class CrashLoopTests
{
    const int Runs = 20;
    const int DistributedRuns = 6;
    const int RequestsPerRun = 3;
    const string Agent = "agent@dsar.local";
    const string AgentPassword = "Agent-Demo-2026!";
    static readonly TimeSpan MaxKillDelay = TimeSpan.FromMilliseconds(1500);
    static readonly TimeSpan PropagationDelay = TimeSpan.FromSeconds(2);

    TempFolder _data = null!;
    AppProcess? _web;
    AppProcess? _stores;
    RabbitMqNode? _rabbit;
    readonly List<HttpClient> _clients = [];

    [SetUp]
    public void CreateDataFolder() => _data = new TempFolder("crash-loop");

    [TearDown]
    public async Task StopEverything()
    {
        if (_web is not null) await _web.DisposeAsync();
        if (_stores is not null) await _stores.DisposeAsync();
        if (_rabbit is not null) await _rabbit.DisposeAsync();
        foreach (var client in _clients) client.Dispose();
        _data.Dispose();
        // One fixture instance runs both tests: the next must not find this one's processes (a broker makes a run distributed).
        (_web, _stores, _rabbit) = (null, null, null);
        _clients.Clear();
    }

    [Test, CancelAfter(300_000)]
    public Task Killing_the_web_host_at_random_moments_loses_no_request_and_doubles_no_effect() => CrashLoopAsync(Runs);

    [Test, CancelAfter(300_000)]
    public async Task Killing_the_stores_process_and_the_broker_too_loses_no_request_and_doubles_no_effect()
    {
        RequiredBinary.Check(RabbitMqNode.ServerScript, "rabbitmq-server");
        _rabbit = await RabbitMqNode.StartNewAsync();
        await CrashLoopAsync(DistributedRuns);
    }

    bool Distributed => _rabbit is not null;

    async Task CrashLoopAsync(int runs)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRASH_LOOP_SEED"), out var given) ? given : Random.Shared.Next();
        TestContext.Progress.WriteLine($"CrashLoop seed {seed} (set CRASH_LOOP_SEED to replay)");
        var random = new Random(seed);
        var total = Stopwatch.StartNew();

        await StartWebAsync(embedded: true); // creates and seeds every database, the stores' too
        Assert.That(await _web!.StopAsync(), Is.EqualTo(0), _web.LogTail());
        await _web.DisposeAsync();
        var accounts = await CrashTestAccounts.SeedAsync(_data.Path, runs * RequestsPerRun);

        var submitted = new Dictionary<string, CrashTestAccount>();
        var confirmed = new HashSet<string>();
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.StartNew();
            await StartStoresAndBrokerAsync();
            var api = await StartWebAsync();
            var startup = started.Elapsed;
            foreach (var account in accounts.Skip(run * RequestsPerRun).Take(RequestsPerRun))
            {
                submitted[await api.SubmitDeletionAsync(account.AccountId, account.Email, account.FullName)] = account;
            }
            await ConfirmAsync(api, submitted.Keys.Except(confirmed).Where(_ => random.NextDouble() < 0.6), confirmed);
            var delay = TimeSpan.FromMilliseconds(random.Next((int)MaxKillDelay.TotalMilliseconds + 1));
            await Task.Delay(delay);
            var alsoKilled = Distributed ? await KillStoresOrBrokerAsync(run, random) : "";
            await _web!.KillAsync();
            await _web.DisposeAsync();
            TestContext.Progress.WriteLine($"run {run + 1}: {submitted.Count} submitted, {confirmed.Count} confirmed, {alsoKilled}web killed {delay.TotalMilliseconds:F0} ms after the last action (start-up {startup.TotalSeconds:F1} s, run {started.Elapsed.TotalSeconds:F1} s)");
        }
        var crashes = total.Elapsed;

        await StartStoresAndBrokerAsync();
        var final = await StartWebAsync();
        // A store task that failed during the loop (its store busy for the bus's whole retry, on two loaded cores) waits for
        // its retry timer, 5 minutes and doubling: an hour on, those fire as they would in production (links last 24 hours,
        // no deadline is near), and a task that never comes back still fails the test.
        await AdvanceClockAsync(final, "PT1H");
        await ConfirmAsync(final, submitted.Keys.Except(confirmed), confirmed, waitForMail: true);
        await final.SignInAsync(Agent, AgentPassword);
        await WaitForAllAsync(final, submitted.Keys, r => r.CurrentStep == "directory-propagation" || r.Status == "Completed", "the directory wait");
        await Task.Delay(Distributed ? PropagationDelay : TimeSpan.Zero); // the stores process's real clock must pass its delay
        await AdvanceClockAsync(final, "P14D");
        await final.SignInAsync(Agent, AgentPassword); // the token expired with the clock
        var done = await WaitForAllAsync(final, submitted.Keys, r => r.Status is "Completed" or "Faulted", "completion");
        Assert.That(done.Where(r => r.Status != "Completed").Select(r => $"{r.Reference}: {r.FaultReason}"), Is.Empty);
        Assert.That(await _web!.StopAsync(), Is.EqualTo(0), _web.LogTail());

        var ledger = new CrashLoopLedger(_data.Path);
        var lost = submitted.Count - ledger.CountRequests(submitted.Keys);
        var duplicates = ledger.CountDuplicateTasks(submitted.Keys) + ledger.CountDuplicateProcessing();
        // The sweep runs every 5 s: a timer due well before now and still unfired was lost.
        var unfiredTimers = ledger.CountUnfiredDueTimers(DateTime.UtcNow.AddSeconds(-30));
        var notErased = 0;
        foreach (var account in submitted.Values)
        {
            if (!await CrashTestAccounts.IsErasedAsync(_data.Path, account.AccountId)) notErased++;
        }
        TestContext.Progress.WriteLine(
            $"CrashLoop{(Distributed ? " (stores process and broker too)" : "")}: {runs} runs, {submitted.Count} requests, {lost} lost, {duplicates} duplicates, " +
            $"{unfiredTimers} due timers unfired, {notErased} not erased; crash loop {crashes.TotalSeconds:F0} s, total {total.Elapsed.TotalSeconds:F0} s");
        Assert.Multiple(() =>
        {
            Assert.That(lost, Is.Zero, "requests lost");
            Assert.That(duplicates, Is.Zero, "duplicate tasks or processings");
            Assert.That(unfiredTimers, Is.Zero, "due timers never fired");
            Assert.That(notErased, Is.Zero, "accounts not erased");
        });
    }

    /// <summary>
    /// Every third run SIGKILLs the stores process, every third stops the broker (its process group, by pid), at a random
    /// moment while the run's work is in flight; the web host is killed right after, as in every run.
    /// </summary>
    async Task<string> KillStoresOrBrokerAsync(int run, Random random)
    {
        if (run % 3 == 0) return "";
        await Task.Delay(random.Next((int)MaxKillDelay.TotalMilliseconds + 1));
        if (run % 3 == 1)
        {
            await _stores!.KillAsync();
            await _stores.DisposeAsync();
            _stores = null;
            return "stores process killed, ";
        }
        await _rabbit!.StopAsync();
        return "broker stopped, ";
    }

    /// <summary>In the distributed run: the broker (same port and data) and the stores process, if a run took them down.</summary>
    async Task StartStoresAndBrokerAsync()
    {
        if (!Distributed) return;
        await _rabbit!.StartAsync();
        if (_stores is { HasExited: false }) return;
        if (_stores is not null)
        {
            // Not a kill of ours: the stores process gave up on the broker. It must ride out an outage.
            Assert.Fail($"The stores process exited by itself (code {_stores.ExitCode}):\n{_stores.LogTail()}");
        }
        _stores = AppProcess.Start(BuiltApp.Stores, new(Common(embedded: false))
        {
            ["Stores__Directory__PropagationDelay"] = PropagationDelay.ToString("c"),
        });
        await _stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(60));
    }

    string LogAbout(IEnumerable<RequestDetails> stuck)
    {
        var ids = stuck.SelectMany(r => r.Tasks.Select(t => t.Id.ToString())).ToList();
        var lines = _web?.OutputLines ?? [];
        var kept = lines.Select((line, i) => (line, i))
            .Where(l => l.line.StartsWith("warn:") && !l.line.Contains("[10102]") || l.line.StartsWith("fail:") || l.line.StartsWith("crit:")
                        || ids.Any(id => l.line.Contains(id)))
            .SelectMany(l => lines.Skip(l.i).Take(3)).Take(300);
        return string.Join("\n", kept);
    }

    static async Task AdvanceClockAsync(DsarApi api, string by)
    {
        using var advance = await api.Client.PostAsync("/api/dev/clock/advance",
            new StringContent($"{{\"by\":\"{by}\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>Confirms the given requests through their verification links (GET the page, POST its form).</summary>
    static async Task ConfirmAsync(DsarApi api, IEnumerable<string> references, HashSet<string> confirmed, bool waitForMail = false)
    {
        foreach (var reference in references.ToList())
        {
            var mails = waitForMail
                ? await api.WaitForMailAsync(m => IsVerification(m, reference), $"the verification email of {reference}", timeout: TimeSpan.FromSeconds(90))
                : (await api.MailAsync()).Where(m => IsVerification(m, reference)).ToList();
            if (mails.Count == 0) continue; // not delivered yet: a later run confirms it
            await api.ConfirmAsync(mails[0].Links.Single(l => l.Contains("/verify/")));
            confirmed.Add(reference);
        }
    }

    static bool IsVerification(Web.Development.CapturedEmail mail, string reference) =>
        mail.Subject.Contains(reference) && mail.Links.Any(l => l.Contains("/verify/"));

    async Task<List<RequestDetails>> WaitForAllAsync(DsarApi api, IEnumerable<string> references, Func<RequestDetails, bool> until, string what)
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
                // What each stuck request did last (the journal holds no personal data), and the host's log.
                Assert.Fail($"{waiting.Count} of {all.Count} requests never reached {what}: " +
                    string.Join("; ", waiting.Take(5).Select(r => $"{r.Reference} {r.Status} at {r.CurrentStep}, tasks " +
                        string.Join(",", r.Tasks.Select(t => $"{t.Store}/{t.Action}/{t.Status}/attempts {t.Attempts}{(t.FailureReason is { } why ? $" ({why})" : "")}")) +
                        ", last journal lines: " + string.Join(" | ", r.Journal.TakeLast(6).Select(j => $"{j.AtUtc:HH:mm:ss.fff} {j.Step} {j.Event} {j.Detail}")))) +
                    $"\nweb host log, its warnings and errors and every line naming a stuck task:\n{LogAbout(waiting)}");
            }
            await Task.Delay(500);
        }
    }

    async Task<DsarApi> StartWebAsync(bool embedded = false)
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        _web = AppProcess.Start(BuiltApp.Web, new(Common(embedded))
        {
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

    /// <summary>One data folder for every process; over the broker unless <paramref name="embedded"/> or in the web-only loop.</summary>
    Dictionary<string, string?> Common(bool embedded)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["DataFolder"] = _data.Path,
        };
        if (Distributed && !embedded)
        {
            settings["Bus__Transport"] = "RabbitMq";
            settings["ConnectionStrings__RabbitMq"] = _rabbit!.AmqpUri.ToString();
        }
        return settings;
    }
}
