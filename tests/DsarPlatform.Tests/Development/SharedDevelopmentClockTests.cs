using DsarPlatform.Web.Development;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Development;

/// <summary>Two web hosts sharing a data folder share Development's clock offset (the file in that folder).</summary>
public sealed class SharedDevelopmentClockTests
{
    string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("dev-clock").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    string OffsetFile => Path.Combine(_folder, "dev-clock-offset");

    [Test]
    public void An_advance_on_one_host_is_seen_by_another_host_that_started_before_it()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var first = new AdjustableTimeProvider(real, OffsetFile);
        var second = new AdjustableTimeProvider(real, OffsetFile);
        Assert.That(second.GetUtcNow(), Is.EqualTo(real.GetUtcNow()));

        first.Advance(TimeSpan.FromDays(14));

        Assert.That(second.GetUtcNow(), Is.EqualTo(real.GetUtcNow() + TimeSpan.FromDays(14)));
        Assert.That(first.GetUtcNow(), Is.EqualTo(second.GetUtcNow()));
    }

    [Test]
    public void Advances_on_two_hosts_add_up_instead_of_overwriting_each_other()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var first = new AdjustableTimeProvider(real, OffsetFile);
        var second = new AdjustableTimeProvider(real, OffsetFile);
        first.GetUtcNow();
        second.GetUtcNow(); // both have read the (missing) offset before either advances

        Parallel.For(0, 20, i => (i % 2 == 0 ? first : second).Advance(TimeSpan.FromHours(1)));

        Assert.That(first.GetUtcNow(), Is.EqualTo(real.GetUtcNow() + TimeSpan.FromHours(20)));
        Assert.That(new AdjustableTimeProvider(real, OffsetFile).GetUtcNow(), Is.EqualTo(real.GetUtcNow() + TimeSpan.FromHours(20)), "a host started later");
    }
}
