using DsarPlatform.Workflows.Audit;

namespace DsarPlatform.Tests.Audit;

[TestFixture]
public class SigningKeyTests
{
    [Test]
    public void The_key_file_is_made_on_first_use_readable_by_its_owner_only_and_kept()
    {
        var folder = Directory.CreateTempSubdirectory("dsar-keys-").FullName;
        try
        {
            var file = Path.Combine(folder, "keys", "audit-signing.key");
            var first = AuditSigningKey.Load(null, null, file);
            if (!OperatingSystem.IsWindows())
                Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            var again = AuditSigningKey.Load(null, null, file);
            Assert.That(again.PublicKeyBase64, Is.EqualTo(first.PublicKeyBase64));
            var message = "checkpoint"u8.ToArray();
            Assert.That(again.Verifies(message, first.Sign(message)), Is.True);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Test]
    public void A_configured_public_key_is_the_one_trusted_not_the_signing_keys()
    {
        var signer = new AuditSigningKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), null);
        var other = new AuditSigningKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), null);
        var trusting = new AuditSigningKey(null, other.PublicKey);
        var message = "checkpoint"u8.ToArray();
        Assert.That(trusting.Verifies(message, signer.Sign(message)), Is.False);
        Assert.That(trusting.Verifies(message, other.Sign(message)), Is.True);
    }
}
