using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Tests.AtRest;

/// <summary>Without settings, the at-rest keys live in the data folder's keys folder, owner-only, and rotate by renaming.</summary>
public sealed class AtRestKeyLoaderTests
{
    [Test]
    public void Key_files_are_created_once_owner_only_and_a_renamed_old_key_still_opens_its_values()
    {
        var data = Directory.CreateTempSubdirectory("dsar-keys-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().Build();
            var first = AtRestKeyLoader.Load(configuration, data);
            var key = Path.Combine(data, "keys", "at-rest.key");
            if (!OperatingSystem.IsWindows())
                Assert.That(File.GetUnixFileMode(key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(AtRestKeyLoader.Load(configuration, data).CurrentKeyId, Is.EqualTo(first.CurrentKeyId), "created once");
            var sealedBefore = first.Seal("before the rotation");

            File.Move(key, Path.Combine(data, "keys", "at-rest.2026-11-30.key"));
            var rotated = AtRestKeyLoader.Load(configuration, data);
            Assert.That(rotated.CurrentKeyId, Is.Not.EqualTo(first.CurrentKeyId));
            Assert.That(rotated.Open(sealedBefore), Is.EqualTo("before the rotation"));
            Assert.That(rotated.Index("x"), Is.EqualTo(first.Index("x")), "the index key does not rotate with it");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public void A_configured_key_that_is_not_32_bytes_of_base64_stops_the_host_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AtRest:Key"] = "c2hvcnQ=" }).Build();
        Assert.That(() => AtRestKeyLoader.Load(configuration, Path.GetTempPath()),
            Throws.InvalidOperationException.With.Message.Contains("AtRest:Key"));
    }
}
