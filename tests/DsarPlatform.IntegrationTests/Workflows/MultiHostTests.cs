using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Production's shape, several of each (<see cref="MultiHostCluster"/>): two web hosts and two store workers on one
/// private PostgreSQL cluster and one private RabbitMQ node, mail to an SMTP sink. 500 requests of the three types go in
/// across both hosts (<see cref="MultiHostLoad"/>); midway through the confirmations one web host and one store worker
/// are killed with SIGKILL and started again. Every request must complete once, every timer fire once, every email go
/// out once (<see cref="MultiHostOutcome"/>), with no incident and nothing left in an outbox.
/// <c>MULTIHOST_REQUESTS</c>, <c>MULTIHOST_WEB_HOSTS</c> (1 or 2) and <c>MULTIHOST_KILL=0</c> change the run for the
/// README's figures; the rate it prints is completed requests per minute, intake to the last completion.
/// </summary>
[NonParallelizable]
public sealed class MultiHostTests
{
    static readonly TimeSpan PropagationDelay = TimeSpan.FromSeconds(2);
    static readonly TimeSpan StageTimeout = TimeSpan.FromSeconds(240);

    MultiHostCluster? _cluster;

    [TearDown]
    public async Task StopEverything()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }

    [Test, CancelAfter(900_000)]
    public async Task Five_hundred_requests_on_two_web_hosts_and_two_store_workers_complete_once_through_a_SIGKILL_of_each()
    {
        var requests = Setting("MULTIHOST_REQUESTS", 500);
        var webHosts = Setting("MULTIHOST_WEB_HOSTS", 2);
        var kill = Setting("MULTIHOST_KILL", 1) == 1;
        var setup = Stopwatch.StartNew();
        var cluster = _cluster = await MultiHostCluster.StartAsync(PropagationDelay);
        var ledger = new MultiHostLedger(cluster.ConnectionString("dsar"));
        var load = new MultiHostLoad(cluster);
        // The first of each kind migrates its databases alone; the second starts once they are migrated.
        var firstWeb = cluster.StartWebAsync();
        cluster.Stores.Add(await cluster.StartStoresAsync());
        var secondStores = cluster.StartStoresAsync();
        var accounts = await MultiHostAccounts.SeedAsync(cluster.ConnectionString(StoreNames.Directory), cluster.ConnectionString(StoreNames.Billing), requests);
        cluster.Web.Add(await firstWeb);
        for (var i = 1; i < webHosts; i++) cluster.Web.Add(await cluster.StartWebAsync());
        cluster.Stores.Add(await secondStores);
        var loadAverage = LoadAverage();
        Progress($"set-up {setup.Elapsed.TotalSeconds:F0} s; {requests} requests on {cluster.Web.Count} web host(s), {cluster.Stores.Count} store workers");

        if (cluster.Web.Count > 1) await AssertSignInThrottleIsSharedAsync(cluster);

        var flow = Stopwatch.StartNew();
        var submitted = await load.SubmitAsync(accounts);
        Progress($"submitted {submitted.Count} in {flow.Elapsed.TotalSeconds:F1} s");
        var confirmed = new HashSet<string>();
        var killed = !kill;
        await Until(async () =>
        {
            await load.ConfirmDeliveredAsync(submitted.Keys.Except(confirmed), confirmed);
            if (!killed && confirmed.Count >= submitted.Count / 2)
            {
                killed = true;
                await cluster.KillAndRestartAsync(Progress);
            }
            return confirmed.Count == submitted.Count;
        }, "every verification email confirmed", () => $"{confirmed.Count} of {submitted.Count} confirmed");
        Progress($"confirmed all in {flow.Elapsed.TotalSeconds:F1} s");

        var corrections = submitted.Where(s => s.Value == "correction").Select(s => s.Key).ToHashSet();
        var decided = new HashSet<string>();
        var deletions = submitted.Where(s => s.Value == "deletion").Select(s => s.Key).ToList();
        await Until(async () =>
        {
            await load.DecideReviewedAsync(ledger, corrections, decided);
            var waiting = await ledger.AtStepAsync("directory-propagation", InstanceStatus.Waiting);
            return decided.Count == corrections.Count && deletions.All(waiting.Contains);
        }, "every correction decided and every deletion in its directory wait", () => $"{decided.Count} of {corrections.Count} decided");
        Progress($"corrections decided, deletions waiting in {flow.Elapsed.TotalSeconds:F1} s");

        await Task.Delay(PropagationDelay); // the stores' real clock must pass their (shortened) delay
        var advancedTo = await load.AdvanceClockAsync(cluster.Web[0]);
        var statuses = "";
        await Until(async () =>
        {
            var counts = await ledger.StatusesAsync();
            statuses = string.Join(", ", counts.Select(s => $"{s.Key} {s.Value}"));
            return counts.GetValueOrDefault(InstanceStatus.Completed) == submitted.Count;
        }, "every request completed", () => statuses);
        var elapsed = flow.Elapsed;
        var rate = submitted.Count / elapsed.TotalMinutes;
        Progress($"MultiHost: {submitted.Count} requests completed in {elapsed.TotalSeconds:F1} s = {rate:F0} per minute with {cluster.Web.Count} web host(s), " +
            $"load {loadAverage} -> {LoadAverage()}, kills {(kill ? "on" : "off")}");

        await MultiHostOutcome.AssertOnceEachAsync(ledger, cluster.Smtp.ReadMessages(), submitted, deletions, advancedTo, webHostsKilled: kill ? 1 : 0, Progress);
    }

    /// <summary>
    /// A failed staff sign-in on one host makes the next try from that address wait on the other host too: the counts
    /// are rows in the shared database, not each host's memory (the cluster's hosts allow no free failure and wait 5 s).
    /// </summary>
    static async Task AssertSignInThrottleIsSharedAsync(MultiHostCluster cluster)
    {
        using var first = cluster.Web[0].NewClient();
        using var second = cluster.Web[1].NewClient();
        var wrong = await first.PostAsJsonAsync("/api/auth/login", new { email = "nobody@dsar.local", password = "not-the-password-2026!" });
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var held = await second.PostAsJsonAsync("/api/auth/login", new { email = MultiHostCluster.Agent, password = MultiHostCluster.AgentPassword });
        Assert.That(held.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the other host knew nothing of the failure");
        await Task.Delay(TimeSpan.FromSeconds(held.Headers.RetryAfter!.Delta!.Value.TotalSeconds + 0.5));
        Assert.That((await second.PostAsJsonAsync("/api/auth/login", new { email = MultiHostCluster.Agent, password = MultiHostCluster.AgentPassword })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
        Progress("sign-in throttle: a failure on one host held the next try on the other");
    }

    async Task Until(Func<Task<bool>> done, string what, Func<string> progress)
    {
        var deadline = DateTime.UtcNow + StageTimeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not reached within {StageTimeout}: {what} ({progress()}).\n{_cluster!.LogTails()}");
            await Task.Delay(500);
        }
    }

    static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    static void Progress(string line) => TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");
}
