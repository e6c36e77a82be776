using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Packages;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Tests.Hosting;

/// <summary>#16 finding 8: every key file the app creates is readable by its own user only (0600), whatever the umask.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KeyFileModeTests
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    string _folder = null!;
    IConfiguration _configuration = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("dsar-keys-").FullName;
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataFolder"] = _folder }).Build();
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void The_payload_key_file_is_created_readable_by_the_owner_only()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        PayloadKey.Load(_configuration);
        Assert.That(File.GetUnixFileMode(Path.Combine(_folder, "payload.key")), Is.EqualTo(OwnerOnly));
    }

    [Test]
    public void The_package_key_file_is_created_readable_by_the_owner_only()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "Unix file modes");
        PackageKey.Load(_configuration, _folder);
        var created = Directory.GetFiles(_folder, "*.key", SearchOption.AllDirectories);
        Assert.That(created, Is.Not.Empty);
        Assert.That(created.Select(File.GetUnixFileMode), Has.All.EqualTo(OwnerOnly));
    }
}
