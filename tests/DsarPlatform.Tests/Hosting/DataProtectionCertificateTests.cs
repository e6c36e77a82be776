using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Hosting;

/// <summary>#16 finding 8: with DataProtection:CertificatePath set, the key ring is stored encrypted; without, it is plain XML.</summary>
public sealed class DataProtectionCertificateTests
{
    [Test, CancelAfter(60_000)]
    public async Task With_a_certificate_the_data_protection_keys_are_stored_encrypted()
    {
        var secrets = Directory.CreateTempSubdirectory("dsar-cert-").FullName;
        var pfx = Path.Combine(secrets, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=dsar-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }
        await using var app = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "pfx-password",
        });
        try
        {
            // A form page needs an antiforgery token, which needs a key: the first one is created and stored now.
            var page = await app.CreateClient().GetStringAsync("/requests/access");
            Assert.That(page, Does.Contain("__RequestVerificationToken"));
            var keys = Directory.GetFiles(Path.Combine(app.DataFolder, "keys"), "key-*.xml").Select(File.ReadAllText).ToList();
            Assert.That(keys, Is.Not.Empty);
            Assert.That(keys, Has.All.Contain("EncryptedData").And.All.Not.Contain("<value>"), "the master key is stored encrypted only");
        }
        finally
        {
            app.DeleteDataFolder();
            Directory.Delete(secrets, recursive: true);
        }
    }
}
