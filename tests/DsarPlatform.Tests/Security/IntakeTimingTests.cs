using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// The time to answer a new request does not tell whether the details matched an account: intake does not look
/// the account up before answering (the first step does, afterwards), so no padding is needed. The optional
/// floor (<c>Security:IntakeResponseFloor</c>) still holds every answer when an operator sets it.
/// </summary>
public sealed class IntakeTimingTests
{
    const int Rounds = 40;

    [Test, CancelAfter(120_000)]
    public async Task Matched_and_unmatched_requests_are_answered_in_the_same_median_time_without_a_floor()
    {
        var app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "100000" });
        try
        {
            var client = app.CreateClient();
            var order = new Random(20261202);
            var matched = new List<TimeSpan>();
            var unmatched = new List<TimeSpan>();
            var differences = new List<TimeSpan>();
            for (var i = 0; i < Rounds; i++)
            {
                // The two of a pair run back to back, in a random order: a burst of load from elsewhere on the machine
                // (the other test tier runs beside this one) then falls on both alike, and the pair's difference keeps
                // only what the request itself changes.
                var matchedFirst = order.Next(2) == 0;
                var first = await TimedRequestAsync(app, client, i, matched: matchedFirst);
                var second = await TimedRequestAsync(app, client, i, matched: !matchedFirst);
                if (i == 0) continue; // warm-up
                var (m, u) = matchedFirst ? (first, second) : (second, first);
                matched.Add(m);
                unmatched.Add(u);
                differences.Add(m - u);
            }

            var difference = Math.Abs(Median(differences).TotalMilliseconds);
            Assert.That(difference, Is.LessThan(5),
                $"median of the pairs' differences {Median(differences).TotalMilliseconds:F1} ms; medians matched {Median(matched).TotalMilliseconds:F1} ms, unmatched {Median(unmatched).TotalMilliseconds:F1} ms");
        }
        finally
        {
            await app.DisposeAsync(); // first: the first steps still write mail into the data folder
            app.DeleteDataFolder();
        }
    }

    /// <summary>
    /// One new request, timed on a quiet host: what an earlier request's first step still does (more for a match: billing,
    /// the verification email) must not be charged to the next answer.
    /// </summary>
    static async Task<TimeSpan> TimedRequestAsync(DsarApp app, HttpClient client, int round, bool matched)
    {
        await app.WaitForQuietAsync();
        object body = matched
            ? new { type = "deletion", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example" }
            : new { type = "deletion", email = $"nobody{round}@nowhere.example", fullName = "No Body" };
        var (took, status) = await TimeAsync(() => client.PostAsJsonAsync("/api/requests", body));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Accepted));
        return took;
    }

    [Test, CancelAfter(60_000)]
    public async Task With_a_floor_set_every_answer_by_the_api_and_the_form_waits_for_it()
    {
        var floor = TimeSpan.FromMilliseconds(300);
        var app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:IntakeResponseFloor"] = floor.ToString() });
        try
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            var answers = new List<(string What, HttpStatusCode Status, TimeSpan Took)>
            {
                await TimeAsync("api, account matched", () => client.PostAsJsonAsync("/api/requests",
                    new { type = "deletion", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example" })),
                await TimeAsync("api, nothing matched", () => client.PostAsJsonAsync("/api/requests",
                    new { type = "deletion", email = "nobody@nowhere.example", fullName = "No Body" })),
                await TimeAsync("form, account matched", () => DeletionForm.PostAsync(client, DeletionForm.Alice())),
                await TimeAsync("form, nothing matched", () => DeletionForm.PostAsync(client, new Dictionary<string, string>
                {
                    ["Email"] = "nobody@nowhere.example", ["FullName"] = "No Body",
                })),
            };

            Assert.Multiple(() =>
            {
                foreach (var (what, status, took) in answers)
                {
                    Assert.That(status, Is.EqualTo(what.StartsWith("api") ? HttpStatusCode.Accepted : HttpStatusCode.Redirect), what);
                    Assert.That(took, Is.GreaterThanOrEqualTo(floor), what);
                }
            });
        }
        finally
        {
            await app.DisposeAsync(); // first: the first steps still write mail into the data folder
            app.DeleteDataFolder();
        }
    }

    static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    static async Task<(TimeSpan, HttpStatusCode)> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        return (clock.Elapsed, response.StatusCode);
    }

    static async Task<(string, HttpStatusCode, TimeSpan)> TimeAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        var (took, status) = await TimeAsync(send);
        return (what, status, took);
    }
}
