using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>
/// Finding 4 of issue 16: five wrong passwords used to lock an account for 15 minutes, so anyone could lock staff out,
/// and only existing accounts said "locked". Now failures slow further tries (per account and per address) instead.
/// </summary>
[TestFixture, CancelAfter(120_000)]
public class StaffSignInThrottleTests
{
    const string WrongPassword = "not-the-password-2026!";
    static readonly IPAddress HolderAddress = IPAddress.Parse("10.20.0.5");
    static readonly IPAddress AttackerAddress = IPAddress.Parse("203.0.113.66");

    DsarApp _app = null!;

    static readonly Dictionary<string, string?> Settings = new()
    {
        ["Staff:SignInThrottle:FreeFailures"] = "3",
        ["Staff:SignInThrottle:FirstDelay"] = "00:00:01",
        ["Staff:SignInThrottle:MaxDelay"] = "00:00:30",
    };

    [SetUp]
    public void Start() => _app = new DsarApp(settings: Settings);

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task Wrong_passwords_for_someone_elses_email_do_not_keep_the_holder_out_of_their_usual_address()
    {
        var holder = new StaffBrowser(_app.CreateClientFrom(HolderAddress));
        Assert.That((await holder.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await holder.SignOutAsync();

        var attacker = new StaffBrowser(_app.CreateClientFrom(AttackerAddress));
        for (var i = 0; i < 12; i++)
        {
            await attacker.SignInAsync(StaffBrowser.AgentEmail, WrongPassword);
            _app.Clock.Advance(TimeSpan.FromSeconds(31));
        }

        var right = await holder.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the old lock refused the right password for 15 minutes");
        Assert.That((await holder.GetAsync("/staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task From_a_new_address_the_holder_waits_no_longer_than_the_bound_then_signs_in()
    {
        foreach (var n in Enumerable.Range(1, 8))
        {
            var attacker = new StaffBrowser(_app.CreateClientFrom(IPAddress.Parse($"198.51.100.{n}")));
            await attacker.SignInAsync(StaffBrowser.AgentEmail, WrongPassword);
            _app.Clock.Advance(TimeSpan.FromSeconds(31));
        }
        var attackerAgain = new StaffBrowser(_app.CreateClientFrom(IPAddress.Parse("198.51.100.99")));
        await attackerAgain.SignInAsync(StaffBrowser.AgentEmail, WrongPassword);

        var holder = new StaffBrowser(_app.CreateClientFrom(IPAddress.Parse("10.99.0.1")));
        var waited = await holder.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That(waited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        var retryAfter = int.Parse(waited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.InRange(1, 30), "never longer than Staff:SignInThrottle:MaxDelay");

        _app.Clock.Advance(TimeSpan.FromSeconds(retryAfter));
        Assert.That((await holder.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Failures_from_one_address_wait_longer_each_time_up_to_the_bound_and_nothing_is_checked_meanwhile()
    {
        var attacker = new StaffBrowser(_app.CreateClientFrom(AttackerAddress));
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await attacker.SignInAsync($"guess{i}@dsar.local", WrongPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
        var waits = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            Assert.That((await attacker.SignInAsync($"more{i}@dsar.local", WrongPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            var refused = await attacker.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "within the wait even the right password is not checked");
            waits.Add(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture));
            _app.Clock.Advance(TimeSpan.FromSeconds(waits[^1]));
        }

        Assert.That(waits, Is.EqualTo(new[] { 1, 2, 4, 8, 16, 30, 30 }));
    }

    [Test]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        await _app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<StaffUserManager>();
            var auditor = await users.FindByEmailAsync(StaffBrowser.AuditorEmail);
            await users.SetLockoutEndDateAsync(auditor!, DateTimeOffset.MaxValue);
        });
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var (email, password) in new[]
                 {
                     ("nobody@dsar.local", WrongPassword), (StaffBrowser.AgentEmail, WrongPassword),
                     (StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword), (StaffBrowser.AuditorEmail, WrongPassword),
                 })
        {
            var browser = new StaffBrowser(_app.CreateClientFrom(IPAddress.Parse($"192.0.2.{answers.Count + 1}")));
            var response = await browser.SignInAsync(email, password);
            answers.Add((response.StatusCode, Alert(await response.Content.ReadAsStringAsync())));
        }

        Assert.That(answers.Distinct().ToList(), Is.EqualTo(new[] { (HttpStatusCode.Unauthorized, StaffSignInResult.RefusedMessage) }),
            "the lock's own message told which emails have accounts");
    }

    [Test]
    public async Task The_API_sign_in_gives_the_same_answers_and_shares_the_throttle()
    {
        var api = _app.CreateClientFrom(AttackerAddress);
        var unknown = await api.PostAsJsonAsync("/api/auth/login", new { email = "nobody@dsar.local", password = WrongPassword });
        var wrong = await api.PostAsJsonAsync("/api/auth/login", new { email = StaffBrowser.AgentEmail, password = WrongPassword });
        Assert.That((unknown.StatusCode, wrong.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        Assert.That(await Detail(unknown), Is.EqualTo(await Detail(wrong)));

        var page = new StaffBrowser(_app.CreateClientFrom(AttackerAddress));
        await page.SignInAsync(StaffBrowser.AgentEmail, WrongPassword);
        await page.SignInAsync(StaffBrowser.AgentEmail, WrongPassword);
        var throttled = await api.PostAsJsonAsync("/api/auth/login", new { email = StaffBrowser.AgentEmail, password = StaffBrowser.AgentPassword });

        Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(throttled.Headers.Contains("Retry-After"));
    }

    [Test]
    public async Task Guesses_sent_all_at_once_past_the_free_ones_get_one_checked_try_between_them()
    {
        for (var i = 0; i < 3; i++) await LoginAsync(IPAddress.Parse($"198.51.100.{i + 1}"), WrongPassword);

        // Each from its own address, so only the account's count can hold them; before, every one was checked.
        var answers = await Task.WhenAll(Enumerable.Range(10, 12).Select(n => LoginAsync(IPAddress.Parse($"198.51.100.{n}"), WrongPassword)));

        // At most one: two tries that claim at the same moment each see the other and both wait.
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized), Is.LessThanOrEqualTo(1), "one checked guess, then the wait");
        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests), Is.GreaterThanOrEqualTo(11));
    }

    [Test]
    public async Task A_restarted_host_still_makes_the_guesser_wait()
    {
        for (var i = 0; i < 4; i++) Assert.That((await LoginAsync(AttackerAddress, WrongPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await _app.DisposeAsync();

        // The same database as another host (or this one after a restart) sees it: the counts were kept in memory before.
        _app = new DsarApp(dataFolder: _app.DataFolder, settings: Settings);
        var afterRestart = await LoginAsync(AttackerAddress, StaffBrowser.AgentPassword);

        Assert.That(afterRestart.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That((await LoginAsync(AttackerAddress, StaffBrowser.AgentPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_counts_hold_no_email_or_address_in_clear()
    {
        for (var i = 0; i < 2; i++) await LoginAsync(AttackerAddress, WrongPassword);
        await LoginAsync(HolderAddress, StaffBrowser.AgentPassword);

        var keys = await _app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarPlatform.Workflows.Data.DsarDbContext>();
            return (await db.SignInAttempts.Select(a => a.KeyHash).ToListAsync()).Concat(await db.SignInUsualSources.Select(u => u.KeyHash).ToListAsync()).ToList();
        });

        Assert.That(keys, Has.Count.EqualTo(5), "two failures against the account and the address, and the holder's usual address");
        Assert.That(keys, Has.All.Matches<string>(k => System.Text.RegularExpressions.Regex.IsMatch(k, "^[0-9A-F]{64}$")));
    }

    Task<HttpResponseMessage> LoginAsync(IPAddress from, string password) =>
        _app.CreateClientFrom(from).PostAsJsonAsync("/api/auth/login", new { email = StaffBrowser.AgentEmail, password });

    static string Alert(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<div class=\"errors\" role=\"alert\" id=\"problem\">\\s*<p>([^<]*)</p>").Groups[1].Value;

    static async Task<string?> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["detail"].ToString();
}
