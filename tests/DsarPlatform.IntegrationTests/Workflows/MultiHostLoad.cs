using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Runtime;
using MimeKit;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// What requesters and agents do in the multi-host test, spread over the web hosts in turn, 16 at a time: submit the
/// requests (a third each of deletion, access and correction), confirm each verification email that arrived, accept
/// each correction whose review shows the current values, and advance the development clock.
/// </summary>
public sealed class MultiHostLoad(MultiHostCluster cluster)
{
    const int Parallelism = 16;
    static readonly string[] RequestTypes = ["deletion", "access", "correction"];

    /// <returns>Each submitted reference with its request type.</returns>
    public async Task<Dictionary<string, string>> SubmitAsync(IReadOnlyList<CrashTestAccount> accounts)
    {
        var submitted = new Dictionary<string, string>();
        await InParallelAsync(accounts.Select((account, i) => (account, i)), async item =>
        {
            var type = RequestTypes[item.i % RequestTypes.Length];
            var reference = await cluster.Web[item.i % cluster.Web.Count].Api.SubmitAsync(Body(type, item.account, item.i));
            lock (submitted) submitted[reference] = type;
        });
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
    public async Task ConfirmDeliveredAsync(IEnumerable<string> pending, HashSet<string> confirmed)
    {
        var links = cluster.Smtp.ReadMessages()
            .Where(m => Subject(m).StartsWith("Please confirm your request", StringComparison.Ordinal))
            .Select(m => (Reference: pending.FirstOrDefault(r => Subject(m).Contains(r)), Link: VerificationLink(m)))
            .Where(x => x.Reference is not null)
            .DistinctBy(x => x.Reference).ToList(); // a resend after a kill carries the same link: confirm once
        await InParallelAsync(links.Select((x, i) => (x.Reference, x.Link, i)), async item =>
        {
            // A requester of their own: the antiforgery cookie of one confirmation must not be another's.
            var host = cluster.Web[item.i % cluster.Web.Count];
            using var requester = host.NewClient();
            using var answer = await new DsarApi(requester).PostFormAsync(item.Link, []);
            if (!answer.IsSuccessStatusCode)
            {
                Assert.Fail($"Confirming {item.Reference} on {host.Address} answered {(int)answer.StatusCode}: " +
                    $"{await answer.Content.ReadAsStringAsync()}\n{host.Process.LogTail(30)}");
            }
            lock (confirmed) confirmed.Add(item.Reference!);
        });
    }

    /// <summary>Accepts the corrections of each request whose review has the current values read from the stores.</summary>
    public async Task DecideReviewedAsync(MultiHostLedger ledger, HashSet<string> corrections, HashSet<string> decided)
    {
        var inReview = (await ledger.AtStepAsync("review-corrections", InstanceStatus.Waiting)).Where(r => corrections.Contains(r) && !decided.Contains(r)).ToList();
        await InParallelAsync(inReview.Select((reference, i) => (reference, i)), async item =>
        {
            var api = cluster.Web[item.i % cluster.Web.Count].Api;
            var review = await api.RequestAsync(item.reference);
            if (review.CurrentValues.Count == 0 || review.CurrentValues.Any(v => v.State != "Read")) return;
            var answer = await api.Client.PostAsJsonAsync($"/api/requests/{item.reference}/decisions",
                new { decisions = new[] { new { field = "city", accept = true, reason = (string?)null } } });
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await answer.Content.ReadAsStringAsync());
            lock (decided) decided.Add(item.reference);
        });
    }

    /// <returns>The development clock's new now.</returns>
    public async Task<DateTime> AdvanceClockAsync(MultiHostWebHost host)
    {
        var advance = await host.Api.Client.PostAsync("/api/dev/clock/advance",
            new StringContent("{\"by\":\"P14D\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK), await advance.Content.ReadAsStringAsync());
        return (await advance.Content.ReadFromJsonAsync<Dictionary<string, DateTime>>())!["nowUtc"];
    }

    public static string Subject(MimeMessage message) => message.Subject ?? "";

    static string VerificationLink(MimeMessage message) => Regex.Match(message.TextBody ?? "", @"https?://\S+/verify/\S+").Value;

    static async Task InParallelAsync<T>(IEnumerable<T> items, Func<T, Task> act)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                await act(item);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
