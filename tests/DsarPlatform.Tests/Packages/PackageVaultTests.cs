using System.Security.Cryptography;
using System.Text;
using DsarPlatform.Workflows.Packages;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Tests.Packages;

/// <summary>Packages at rest: encrypted in authenticated chunks; any change to the file fails to decrypt.</summary>
public sealed class PackageVaultTests
{
    const int Chunk = 64 * 1024, Tag = 16, Header = 47;
    PackageTestFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new PackageTestFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(Chunk)]
    [TestCase(3 * Chunk + 17)]
    public async Task Stored_package_decrypts_to_exactly_what_was_written(int length)
    {
        var content = RandomNumberGenerator.GetBytes(length);
        var path = await _folder.Vault.StoreAsync(Guid.NewGuid(), zip => zip.WriteAsync(content).AsTask());
        Assert.That(await DecryptAsync(path), Is.EqualTo(content));
    }

    [Test]
    public async Task Package_is_written_as_request_id_zip_enc_with_no_clear_text_on_disk()
    {
        var requestId = Guid.NewGuid();
        var export = await ExportFiles.WriteAsync(_folder.Exports, ExportFiles.Contacts());
        var path = await _folder.StorePackageAsync(requestId, export);

        Assert.That(Path.GetFileName(path), Is.EqualTo($"{requestId:N}.zip.enc"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Is.EqualTo(new[] { path }), "no temporary file left");
        var stored = await File.ReadAllBytesAsync(path);
        Assert.That(stored.AsSpan().IndexOf("Chlo"u8), Is.EqualTo(-1));
        Assert.That(stored.AsSpan().IndexOf("report.html"u8), Is.EqualTo(-1), "even the ZIP directory is encrypted");
    }

    [Test]
    public async Task A_changed_byte_anywhere_fails_to_decrypt()
    {
        var path = await StoreRandomAsync(2 * Chunk + 100);
        var original = await File.ReadAllBytesAsync(path);
        foreach (var position in new[] { 3, 20, Header + 5, Header + Chunk + Tag + 1, original.Length - 1 })
        {
            var tampered = (byte[])original.Clone();
            tampered[position] ^= 0x01;
            await File.WriteAllBytesAsync(path, tampered);
            Assert.That(() => DecryptAsync(path), Throws.InstanceOf<CryptographicException>(), $"byte {position}");
        }
    }

    [Test]
    public async Task A_truncated_or_extended_file_fails_to_decrypt_even_at_a_chunk_boundary()
    {
        var path = await StoreRandomAsync(2 * Chunk + 100);
        var original = await File.ReadAllBytesAsync(path);
        foreach (var length in new[] { 0, 10, Header, Header + Chunk + Tag, 2 * (Chunk + Tag) + Header, original.Length - 1 })
        {
            await File.WriteAllBytesAsync(path, original[..length]);
            Assert.That(() => DecryptAsync(path), Throws.InstanceOf<CryptographicException>(), $"cut to {length} bytes");
        }
        await File.WriteAllBytesAsync(path, [.. original, 0]);
        Assert.That(() => DecryptAsync(path), Throws.InstanceOf<CryptographicException>(), "a byte appended");
    }

    [Test]
    public async Task Reordered_chunks_fail_to_decrypt()
    {
        var path = await StoreRandomAsync(3 * Chunk);
        var original = await File.ReadAllBytesAsync(path);
        var swapped = (byte[])original.Clone();
        original.AsSpan(Header, Chunk + Tag).CopyTo(swapped.AsSpan(Header + Chunk + Tag));
        original.AsSpan(Header + Chunk + Tag, Chunk + Tag).CopyTo(swapped.AsSpan(Header));
        await File.WriteAllBytesAsync(path, swapped);
        Assert.That(() => DecryptAsync(path), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public async Task Another_key_cannot_open_a_package()
    {
        var path = await StoreRandomAsync(100);
        var other = new PackageVault(RandomNumberGenerator.GetBytes(32), Path.GetDirectoryName(path)!);
        Assert.That(() => other.OpenAsync(path, Stream.Null), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public async Task A_failed_build_leaves_no_file_behind()
    {
        Assert.That(() => _folder.Vault.StoreAsync(Guid.NewGuid(), async zip =>
        {
            await zip.WriteAsync(new byte[Chunk * 2]);
            throw new InvalidDataException("store bug");
        }), Throws.InstanceOf<InvalidDataException>());
        var packages = Path.Combine(_folder.Root, "packages");
        Assert.That(Directory.GetFiles(packages), Is.Empty);
    }

    [Test]
    public async Task Only_files_in_the_packages_folder_can_be_opened_or_deleted()
    {
        var path = await StoreRandomAsync(10);
        var outside = Path.Combine(_folder.Exports, Path.GetFileName(path));
        File.Copy(path, outside);
        Assert.That(() => _folder.Vault.OpenAsync(outside, Stream.Null), Throws.ArgumentException);
        Assert.That(() => _folder.Vault.Delete(Path.Combine(Path.GetDirectoryName(path)!, "..", "exports", Path.GetFileName(path))), Throws.ArgumentException);
        _folder.Vault.Delete(path);
        Assert.That(File.Exists(path), Is.False);
        Assert.That(File.Exists(outside), Is.True);
    }

    [Test]
    public void Key_comes_from_configuration_or_a_key_file_created_once()
    {
        var configured = RandomNumberGenerator.GetBytes(32);
        Assert.That(PackageKey.Load(Configuration(Convert.ToBase64String(configured)), _folder.Root), Is.EqualTo(configured));
        Assert.That(File.Exists(Path.Combine(_folder.Root, "package.key")), Is.False);

        var created = PackageKey.Load(Configuration(null), _folder.Root);
        Assert.That(created, Has.Length.EqualTo(32));
        Assert.That(PackageKey.Load(Configuration(null), _folder.Root), Is.EqualTo(created), "the same key on every start");
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(Path.Combine(_folder.Root, "package.key")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));

        Assert.That(() => PackageKey.Load(Configuration(Convert.ToBase64String(new byte[16])), _folder.Root), Throws.InvalidOperationException);
    }

    static IConfiguration Configuration(string? key) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Packages:Key"] = key }).Build();

    Task<string> StoreRandomAsync(int length) =>
        _folder.Vault.StoreAsync(Guid.NewGuid(), zip => zip.WriteAsync(RandomNumberGenerator.GetBytes(length)).AsTask());

    async Task<byte[]> DecryptAsync(string path)
    {
        using var clear = new MemoryStream();
        await _folder.Vault.OpenAsync(path, clear);
        return clear.ToArray();
    }
}
