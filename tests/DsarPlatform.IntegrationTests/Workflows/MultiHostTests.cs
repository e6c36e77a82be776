using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using MimeKit;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Production's shape, several of each: two web hosts and two store workers (the built apps as processes) on one
/// private PostgreSQL cluster (workflow database, Hangfire's schedule, the four stores) and one private RabbitMQ node,
/// mail to an SMTP sink. 500 requests of the three types go in across both hosts; midway through the confirmations
/// one web host and one store worker are killed with SIGKILL and started again. Every request must complete once,
/// every timer fire once, every email go out once, with no incident and nothing left in an outbox.
/// <c>MULTIHOST_REQUESTS</c>, <c>MULTIHOST_WEB_HOSTS</c> (1 or 2) and <c>MULTIHOST_KILL=0</c> change the run for the
/// README's figures; the rate it prints is completed requests per minute, intake to the last completion.
/// </summary>
[NonParallelizable]
public sealed class MultiHostTests
{
    const string Agent = "agent@dsar.local";
    const string AgentPassword = "Agent-Demo-2026!";
    const int Parallelism = 16;
    static readonly TimeSpan PropagationDelay = TimeSpan.FromSeconds(2);
    static readonly TimeSpan StageTimeout = TimeSpan.FromSeconds(240);
    static readonly string[] RequestTypes = ["deletion", "access", "correction"];

    readonly List<IAsyncDisposable> _owned = [];
    readonly List<WebHost> _web = [];
    readonly List<AppProcess> _stores = [];
    PostgresCluster _postgres = null!;
    RabbitMqNode _rabbit = null!;
    SmtpSink _smtp = null!;
    TempFolder _data = null!;
    readonly Dictionary<string, string> _connections = [];
    readonly string _payloadKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [TearDown]
    public async Task StopEverything()
    {
        foreach (var host in _web) await host.DisposeAsync();
        foreach (var store in _stores) await store.DisposeAsync();
        for (var i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
        _data?.Dispose();
    }

    [Test, CancelAfter(900_000)]
    public async Task Five_hundred_requests_on_two_web_hosts_and_two_store_workers_complete_once_through_a_SIGKILL_of_each()
    {
        var requests = Setting("MULTIHOST_REQUESTS", 500);
        var webHosts = Setting("MULTIHOST_WEB_HOSTS", 2);
        var kill = Setting("MULTIHOST_KILL", 1) == 1;
        var setup = Stopwatch.StartNew();
        await StartInfrastructureAsync();
        var ledger = new MultiHostLedger(_connections["dsar"]);
        // The first of each kind migrates its databases alone; the second starts once they are migrated.
        var firstWeb = StartWebAsync();
        _stores.Add(await StartStoresAsync());
        var secondStores = StartStoresAsync();
        var accounts = await MultiHostAccounts.SeedAsync(_connections[StoreNames.Directory], _connections[StoreNames.Billing], requests);
        _web.Add(await firstWeb);
        for (var i = 1; i < webHosts; i++) _web.Add(await StartWebAsync());
        _stores.Add(await secondStores);
        var load = LoadAverage();
        Progress($"set-up {setup.Elapsed.TotalSeconds:F0} s; {requests} requests on {_web.Count} web host(s), {_stores.Count} store workers");

        var flow = Stopwatch.StartNew();
        var submitted = await SubmitAsync(accounts);
        Progress($"submitted {submitted.Count} in {flow.Elapsed.TotalSeconds:F1} s");
        var confirmed = new HashSet<string>();
        var killed = !kill;
        await Until(async () =>
        {
            await ConfirmDeliveredAsync(submitted.Keys.Except(confirmed), confirmed);
            if (!killed && confirmed.Count >= submitted.Count / 2)
            {
                killed = true;
                await KillAndRestartAsync();
            }
            return confirmed.Count == submitted.Count;
        }, "every verification email confirmed", () => $"{confirmed.Count} of {submitted.Count} confirmed");
        Progress($"confirmed all in {flow.Elapsed.TotalSeconds:F1} s");

        var corrections = submitted.Where(s => s.Value == "correction").Select(s => s.Key).ToHashSet();
        var decided = new HashSet<string>();
        var deletions = submitted.Where(s => s.Value == "deletion").Select(s => s.Key).ToList();
        await Until(async () =>
        {
            await DecideReviewedAsync(ledger, corrections, decided);
            var waiting = await ledger.AtStepAsync("directory-propagation", InstanceStatus.Waiting);
            return decided.Count == corrections.Count && deletions.All(waiting.Contains);
        }, "every correction decided and every deletion in its directory wait", () => $"{decided.Count} of {corrections.Count} decided");
        Progress($"corrections decided, deletions waiting in {flow.Elapsed.TotalSeconds:F1} s");

        await Task.Delay(PropagationDelay); // the stores' real clock must pass their (shortened) delay
        var advancedTo = await AdvanceClockAsync(_web[0]);
        var statuses = "";
        await Until(async () =>
        {
            var counts = await ledger.StatusesAsync();
            statuses = string.Join(", ", counts.Select(s => $"{s.Key} {s.Value}"));
            return counts.GetValueOrDefault(InstanceStatus.Completed) == submitted.Count;
        }, "every request completed", () => statuses);
        var elapsed = flow.Elapsed;
        var rate = submitted.Count / elapsed.TotalMinutes;
        Progress($"MultiHost: {submitted.Count} requests completed in {elapsed.TotalSeconds:F1} s = {rate:F0} per minute with {_web.Count} web host(s), " +
            $"load {load} -> {LoadAverage()}, kills {(kill ? "on" : "off")}");

        await AssertOnceEachAsync(ledger, submitted, deletions, advancedTo, kill);
    }

    async Task AssertOnceEachAsync(MultiHostLedger ledger, Dictionary<string, string> submitted, List<string> deletions, DateTime advancedTo, bool killed)
    {
        var completed = await ledger.JournalCountsAsync("Completed");
        var propagation = await ledger.StepTimersAsync("directory-propagation");
        var waitsEnded = await ledger.JournalCountsAsync("StepCompleted", "directory-propagation");
        var removals = await ledger.JournalCountsAsync("DirectoryRemovalConfirmed");
        var deletionsCompletedAt = await ledger.EarliestJournalAsync("Completed", deletions);
        // SMTP has no exactly-once: a host killed after the server took a batch and before its commit leaves those rows
        // unsent, and they go again with the same Message-Id (a recipient's mail system drops the copy). So: each email
        // committed arrives, a copy is only ever a resend of the same message, and copies come only from the killed host's
        // one batch in flight; without a kill, none.
        var received = _smtp.ReadMessages();
        var resent = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).ToList();
        var copiesNotIdentical = resent.Where(g => g.Select(m => m.TextBody).Distinct().Count() > 1).Select(g => g.First().Subject).ToList();
        var copies = resent.Sum(g => g.Count() - 1);
        var mail = received.DistinctBy(m => m.MessageId).ToList();
        Progress($"{received.Count} emails received, {copies} of them resent copies (same Message-Id)");
        var unfiredDueTimers = await ledger.CountAsync("SELECT count(*) FROM \"WorkflowTimers\" WHERE \"FiredAtUtc\" IS NULL AND \"DueAtUtc\" <= now() AT TIME ZONE 'UTC'");
        var incidents = await ledger.CountAsync("SELECT count(*) FROM \"Incidents\"");
        var outboxLeft = await ledger.CountAsync("SELECT count(*) FROM \"Outbox\" WHERE \"SentAtUtc\" IS NULL");
        var emailsLeft = await ledger.CountAsync("SELECT count(*) FROM \"OutgoingEmails\" WHERE \"SentAtUtc\" IS NULL");
        var emailsCommitted = await ledger.CountAsync("SELECT count(*) FROM \"OutgoingEmails\"");
        var wrongMail = submitted.Select(s => (Request: s, Kinds: EmailKinds(s.Value, mail.Where(m => Subject(m).Contains(s.Key)))))
            .Where(x => x.Kinds != "verification 1, receipt 1, reply 1, other 0").Select(x => $"{x.Request.Value} {x.Request.Key}: {x.Kinds}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(submitted.Keys.Where(r => completed.GetValueOrDefault(r) != 1), Is.Empty, "requests without exactly one Completed entry");
            Assert.That(completed.Keys.Except(submitted.Keys), Is.Empty, "requests nobody submitted");
            Assert.That(deletions.Where(r => propagation.GetValueOrDefault(r) != (1, 1)), Is.Empty, "deletions without one fired directory timer");
            Assert.That(deletions.Where(r => waitsEnded.GetValueOrDefault(r) != 1 || removals.GetValueOrDefault(r) != 1), Is.Empty, "directory waits not ended once");
            Assert.That(deletionsCompletedAt, Is.GreaterThanOrEqualTo(advancedTo.AddMinutes(-5)), "a host completed a deletion on an unadvanced clock");
            Assert.That(unfiredDueTimers, Is.Zero, "due timers not fired");
            Assert.That(incidents, Is.Zero, "incidents");
            Assert.That(outboxLeft, Is.Zero, "bus messages left in the outbox");
            Assert.That(emailsLeft, Is.Zero, "emails left unsent");
            Assert.That(copiesNotIdentical, Is.Empty, "a copy that is not the same message");
            Assert.That(copies, Is.LessThanOrEqualTo(killed ? MailDispatcher.BatchSize : 0), "copies beyond the killed host's batch in flight");
            Assert.That(mail.Count, Is.EqualTo(emailsCommitted), "distinct emails in the sink against emails committed");
            Assert.That(wrongMail, Is.Empty, "requests without one verification, one receipt and one reply");
        });
    }

    static string EmailKinds(string type, IEnumerable<MimeMessage> messages)
    {
        var subjects = messages.Select(Subject).ToList();
        var verification = subjects.Count(s => s.StartsWith("Please confirm your request", StringComparison.Ordinal));
        var receipt = subjects.Count(s => s.StartsWith("We are working on your request", StringComparison.Ordinal));
        var reply = subjects.Count(s => s.StartsWith(type == "access" ? "Your data is ready to download" : $"Your {type} request", StringComparison.Ordinal));
        return $"verification {verification}, receipt {receipt}, reply {reply}, other {subjects.Count - verification - receipt - reply}";
    }

    static string Subject(MimeMessage message) => message.Subject ?? "";

    async Task<Dictionary<string, string>> SubmitAsync(IReadOnlyList<CrashTestAccount> accounts)
    {
        var submitted = new Dictionary<string, string>();
        using var gate = new SemaphoreSlim(Parallelism);
        await Task.WhenAll(accounts.Select(async (account, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var type = RequestTypes[i % RequestTypes.Length];
                var reference = await _web[i % _web.Count].Api.SubmitAsync(Body(type, account, i));
                lock (submitted) submitted[reference] = type;
            }
            finally
            {
                gate.Release();
            }
        }));
        return submitted;
    }

    static object Body(string type, CrashTestAccount account, int index) => type switch
    {
        "access" => new
        {
            type, accountId = account.AccountId, email = account.Email, fullName = account.FullName, signedDeclaration = true,
            dataPoints = new Dictionary<string, string> { ["phone"] = MultiHostAccounts.Phone(index), ["postalCode"] = MultiHostAccounts.PostalCode, ["country"] = "US" },
        },
        "correction" => new
        {
            type, accountId = account.AccountId, email = account.Email, fullName = account.FullName,
            dataPoints = new Dictionary<string, string> { ["phone"] = MultiHostAccounts.Phone(index), ["country"] = "US" },
            changes = new[] { new { field = "city", newValue = "Lyon", why = "I moved" } },
        },
        _ => new { type, accountId = account.AccountId, email = account.Email, fullName = account.FullName, dataPoints = new Dictionary<string, string>() },
    };

    /// <summary>Confirms, through the hosts in turn, each request whose verification email reached the sink.</summary>
    async Task ConfirmDeliveredAsync(IEnumerable<string> pending, HashSet<string> confirmed)
    {
        var links = _smtp.ReadMessages()
            .Where(m => Subject(m).StartsWith("Please confirm your request", StringComparison.Ordinal))
            .Select(m => (Reference: pending.FirstOrDefault(r => Subject(m).Contains(r)), Link: VerificationLink(m)))
            .Where(x => x.Reference is not null)
            .DistinctBy(x => x.Reference).ToList(); // a resend after a kill carries the same link: confirm once
        using var gate = new SemaphoreSlim(Parallelism);
        await Task.WhenAll(links.Select(async (x, i) =>
        {
            await gate.WaitAsync();
            try
            {
                // A requester of their own: the antiforgery cookie of one confirmation must not be another's.
                var host = _web[i % _web.Count];
                using var requester = host.NewClient();
                using var answer = await new DsarApi(requester).PostFormAsync(x.Link, []);
                if (!answer.IsSuccessStatusCode)
                {
                    Assert.Fail($"Confirming {x.Reference} on {host.Address} answered {(int)answer.StatusCode}: " +
                        $"{await answer.Content.ReadAsStringAsync()}\n{host.Process.LogTail(30)}");
                }
                lock (confirmed) confirmed.Add(x.Reference!);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    static string VerificationLink(MimeMessage message) =>
        System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"https?://\S+/verify/\S+").Value;

    /// <summary>Accepts the corrections of each request whose review has the current values read from the stores.</summary>
    async Task DecideReviewedAsync(MultiHostLedger ledger, HashSet<string> corrections, HashSet<string> decided)
    {
        var inReview = (await ledger.AtStepAsync("review-corrections", InstanceStatus.Waiting)).Where(r => corrections.Contains(r) && !decided.Contains(r)).ToList();
        using var gate = new SemaphoreSlim(Parallelism);
        await Task.WhenAll(inReview.Select(async (reference, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var api = _web[i % _web.Count].Api;
                var review = await api.RequestAsync(reference);
                if (review.CurrentValues.Count == 0 || review.CurrentValues.Any(v => v.State != "Read")) return;
                var answer = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions",
                    new { decisions = new[] { new { field = "city", accept = true, reason = (string?)null } } });
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await answer.Content.ReadAsStringAsync());
                lock (decided) decided.Add(reference);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>SIGKILL to the last web host and the first store worker (by process id), then both start again.</summary>
    async Task KillAndRestartAsync()
    {
        var web = _web[^1];
        var stores = _stores[0];
        Progress($"SIGKILL web host {web.Process.Id} and store worker {stores.Id}");
        await Task.WhenAll(web.Process.KillAsync(), stores.KillAsync());
        _stores[0] = await StartStoresAsync();
        if (_web.Count > 1)
        {
            _web[^1] = await StartWebAsync();
        }
        else
        {
            _web[0] = await StartWebAsync();
        }
        await web.DisposeAsync();
        await stores.DisposeAsync();
    }

    async Task<DateTime> AdvanceClockAsync(WebHost host)
    {
        var advance = await host.Api.Client.PostAsync("/api/dev/clock/advance",
            new StringContent("{\"by\":\"P14D\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK), await advance.Content.ReadAsStringAsync());
        return (await advance.Content.ReadFromJsonAsync<Dictionary<string, DateTime>>())!["nowUtc"];
    }

    async Task StartInfrastructureAsync()
    {
        RequiredBinary.Check(RabbitMqNode.ServerScript, "rabbitmq-server");
        var postgres = PostgresCluster.StartNewAsync();
        var rabbit = RabbitMqNode.StartNewAsync();
        var smtp = SmtpSink.StartNewAsync();
        _postgres = await postgres;
        _owned.Add(_postgres);
        _rabbit = await rabbit;
        _owned.Add(_rabbit);
        _smtp = await smtp;
        _owned.Add(_smtp);
        _data = new TempFolder("multihost");
        // Pools sized under the server's 100 connections, as a deployment would: 2 web hosts x 16, 2 workers x 4 stores x 5.
        _connections["dsar"] = await _postgres.CreateDatabaseAsync("dsar") + ";Maximum Pool Size=16";
        foreach (var store in StoreNames.All) _connections[store] = await _postgres.CreateDatabaseAsync(store) + ";Maximum Pool Size=5";
    }

    async Task<AppProcess> StartStoresAsync()
    {
        var environment = Common();
        environment["Stores__Directory__PropagationDelay"] = PropagationDelay.ToString("c");
        environment["Stores__Provider"] = "PostgreSql";
        foreach (var store in StoreNames.All) environment[$"ConnectionStrings__{store}"] = _connections[store];
        var stores = AppProcess.Start(BuiltApp.Stores, environment);
        await stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(90));
        return stores;
    }

    async Task<WebHost> StartWebAsync()
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = Common();
        environment["ASPNETCORE_URLS"] = address;
        environment["Email__PublicBaseUrl"] = address;
        environment["Email__SmtpHost"] = _smtp.Host;
        environment["Email__SmtpPort"] = _smtp.Port.ToString();
        environment["Database__Provider"] = "PostgreSql";
        environment["ConnectionStrings__dsar"] = _connections["dsar"];
        environment["Security__RateLimits__PublicPostsPerWindow"] = "100000";
        environment["Security__RateLimits__StaffPostsPerWindow"] = "100000";
        environment["Workflows__SweepCron"] = "*/5 * * * * *";
        environment["Workflows__SchedulePollingInterval"] = "00:00:01";
        var process = AppProcess.Start(BuiltApp.Web, environment);
        await process.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(90));
        var host = new WebHost(process, new Uri(address));
        await host.Api.SignInAsync(Agent, AgentPassword);
        return host;
    }

    Dictionary<string, string?> Common() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["DataFolder"] = _data.Path, // every host shares it: keys, exports, packages, the development clock
        ["ExportDrop"] = _data.Combine("exports"),
        ["Bus__Transport"] = "RabbitMq",
        ["Bus__PayloadKey"] = _payloadKey,
        ["ConnectionStrings__RabbitMq"] = _rabbit.AmqpUri.ToString(),
    };

    async Task Until(Func<Task<bool>> done, string what, Func<string> progress)
    {
        var deadline = DateTime.UtcNow + StageTimeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not reached within {StageTimeout}: {what} ({progress()}).\n" +
                    string.Join("\n", _web.Select(w => $"web {w.Process.LogPath}:\n{w.Process.LogTail(15)}")) +
                    string.Join("\n", _stores.Select(s => $"stores {s.LogPath}:\n{s.LogTail(15)}")));
            }
            await Task.Delay(500);
        }
    }

    static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    static void Progress(string line) => TestContext.Progress.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");

    sealed record WebHost(AppProcess Process, Uri Address) : IAsyncDisposable
    {
        /// <summary>The agent's client (bearer token, so no antiforgery cookie to share).</summary>
        public DsarApi Api { get; } = new(NewClient(Address));

        public HttpClient NewClient() => NewClient(Address);

        static HttpClient NewClient(Uri address) =>
            new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

        public async ValueTask DisposeAsync()
        {
            Api.Client.Dispose();
            await Process.DisposeAsync();
        }
    }
}
