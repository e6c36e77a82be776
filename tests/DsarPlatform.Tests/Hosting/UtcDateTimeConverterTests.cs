using DsarPlatform.Contracts;

namespace DsarPlatform.Tests.Hosting;

/// <summary>
/// The one converter every database uses for instants. Run in a time zone far from UTC, so that treating a
/// time without a kind as local time (what the workflow database once did) would shift it by hours.
/// </summary>
[NonParallelizable]
public class UtcDateTimeConverterTests
{
    static readonly DateTime Noon = new(2026, 3, 10, 12, 0, 0);
    readonly UtcDateTimeConverter converter = new();
    string? machineZone;

    [SetUp]
    public void UseAFarTimeZone()
    {
        machineZone = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", "Pacific/Auckland");
        TimeZoneInfo.ClearCachedData();
        Assume.That(TimeZoneInfo.Local.GetUtcOffset(Noon), Is.Not.EqualTo(TimeSpan.Zero), "the time zone could not be changed");
    }

    [TearDown]
    public void RestoreTheTimeZone()
    {
        Environment.SetEnvironmentVariable("TZ", machineZone);
        TimeZoneInfo.ClearCachedData();
    }

    [Test]
    public void A_time_without_a_kind_is_stored_as_that_UTC_instant()
    {
        var stored = (DateTime)converter.ConvertToProvider(DateTime.SpecifyKind(Noon, DateTimeKind.Unspecified))!;

        Assert.That((stored.Ticks, stored.Kind), Is.EqualTo((Noon.Ticks, DateTimeKind.Utc)));
    }

    [Test]
    public void A_local_time_is_stored_as_its_UTC_instant()
    {
        var local = DateTime.SpecifyKind(Noon, DateTimeKind.Local);

        var stored = (DateTime)converter.ConvertToProvider(local)!;

        Assert.That((stored, stored.Kind), Is.EqualTo((local.ToUniversalTime(), DateTimeKind.Utc)));
        Assert.That(stored.Ticks, Is.Not.EqualTo(Noon.Ticks));
    }

    [Test]
    public void A_stored_value_is_read_back_as_UTC_unchanged()
    {
        var read = (DateTime)converter.ConvertFromProvider(DateTime.SpecifyKind(Noon, DateTimeKind.Unspecified))!;

        Assert.That((read.Ticks, read.Kind), Is.EqualTo((Noon.Ticks, DateTimeKind.Utc)));
    }
}
