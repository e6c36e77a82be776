using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Security;

/// <summary>S1: codes are short lived, single use, locked after five wrong tries and stored only as salted hashes.</summary>
public sealed class OneTimeCodesTests
{
    TestDatabase _database = null!;
    FakeTimeProvider _clock = null!;
    Guid _requestId;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = new TestDatabase();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero));
        _requestId = await _database.AddRequestAsync();
    }

    [TearDown]
    public void DeleteDatabase() => _database.Dispose();

    [Test]
    public async Task A_code_is_six_digits_and_stored_only_as_a_salted_hash()
    {
        var code = await IssueAsync();
        Assert.That(code, Does.Match("^[0-9]{6}$"));

        await using var db = _database.NewContext();
        var stored = await db.OneTimeCodes.SingleAsync();
        Assert.That(stored.Salt, Has.Length.EqualTo(16));
        Assert.That(stored.CodeHash, Has.Length.EqualTo(32));
        Assert.That(Convert.ToHexString(stored.CodeHash), Does.Not.Contain(code));
    }

    [Test]
    public async Task Codes_come_from_the_whole_range_not_a_pattern()
    {
        var codes = new HashSet<string>();
        for (var i = 0; i < 20; i++) codes.Add(await IssueAsync());
        Assert.That(codes.Count, Is.GreaterThan(15));
    }

    [Test]
    public async Task The_right_code_is_accepted_once()
    {
        var code = await IssueAsync();
        Assert.That(await CheckAsync(code[..3] + " " + code[3..]), Is.EqualTo(OneTimeCodeResult.Accepted));
        Assert.That(await CheckAsync(code), Is.EqualTo(OneTimeCodeResult.Unusable));
    }

    [Test]
    public async Task A_code_expires_after_ten_minutes()
    {
        var code = await IssueAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That(await CheckAsync(code), Is.EqualTo(OneTimeCodeResult.Unusable));
    }

    [Test]
    public async Task A_code_still_works_just_before_it_expires()
    {
        var code = await IssueAsync();
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.That(await CheckAsync(code), Is.EqualTo(OneTimeCodeResult.Accepted));
    }

    [Test]
    public async Task Five_wrong_tries_lock_the_code_even_against_the_right_one()
    {
        var code = await IssueAsync();
        var wrong = code == "000000" ? "000001" : "000000";
        for (var i = 0; i < 4; i++) Assert.That(await CheckAsync(wrong), Is.EqualTo(OneTimeCodeResult.Rejected));
        Assert.That(await CheckAsync(wrong), Is.EqualTo(OneTimeCodeResult.Locked));
        Assert.That(await CheckAsync(code), Is.EqualTo(OneTimeCodeResult.Locked));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("12345")]
    [TestCase("1234567")]
    [TestCase("abcdef")]
    [TestCase("１２３４５６")]
    public async Task Malformed_input_counts_as_a_wrong_try(string? input)
    {
        await IssueAsync();
        Assert.That(await CheckAsync(input), Is.EqualTo(OneTimeCodeResult.Rejected));
        await using var db = _database.NewContext();
        Assert.That((await db.OneTimeCodes.SingleAsync()).FailedAttempts, Is.EqualTo(1));
    }

    [Test]
    public async Task A_new_code_retires_the_old_one()
    {
        var first = await IssueAsync();
        var second = await IssueAsync();
        // One time in a million the new code repeats the old one by chance; issuing again retires that one too.
        while (second == first) second = await IssueAsync();
        Assert.That(await CheckAsync(first), Is.EqualTo(OneTimeCodeResult.Rejected));
        Assert.That(await CheckAsync(second), Is.EqualTo(OneTimeCodeResult.Accepted));
    }

    [Test]
    public async Task Without_an_issued_code_nothing_is_accepted()
    {
        Assert.That(await CheckAsync("123456"), Is.EqualTo(OneTimeCodeResult.Unusable));
    }

    async Task<string> IssueAsync()
    {
        await using var db = _database.NewContext();
        var code = await Service(db).IssueAsync(_requestId, CancellationToken.None);
        await db.SaveChangesAsync();
        return code;
    }

    async Task<OneTimeCodeResult> CheckAsync(string? code)
    {
        await using var db = _database.NewContext();
        return await Service(db).CheckAsync(_requestId, code, CancellationToken.None);
    }

    OneTimeCodes Service(DsarPlatform.Workflows.Data.DsarDbContext db) => new(db, _clock, Options.Create(new OneTimeCodeOptions()));
}
