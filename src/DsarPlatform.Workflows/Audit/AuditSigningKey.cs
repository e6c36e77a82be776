using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// The Ed25519 key that signs checkpoints, kept outside the database: the setting <c>Audit:SigningKey</c> (base64 of the
/// 32-byte seed) or a key file made on first use, readable by its owner only. Verification uses <see cref="PublicKey"/>
/// (or <c>Audit:PublicKey</c>), never a key a checkpoint file carries.
/// </summary>
public sealed class AuditSigningKey
{
    readonly Ed25519PrivateKeyParameters? _privateKey;

    public AuditSigningKey(byte[]? seed, byte[]? publicKey)
    {
        _privateKey = seed is null ? null : new Ed25519PrivateKeyParameters(seed);
        PublicKey = publicKey ?? _privateKey?.GeneratePublicKey().GetEncoded()
            ?? throw new InvalidOperationException("The audit chain has neither a signing key nor a public key.");
    }

    public byte[] PublicKey { get; }

    public string PublicKeyBase64 => Convert.ToBase64String(PublicKey);

    public string Sign(byte[] message)
    {
        if (_privateKey is null) throw new InvalidOperationException("No audit signing key is configured here (Audit:SigningKey or the key file).");
        var signer = new Ed25519Signer();
        signer.Init(true, _privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    public bool Verifies(byte[] message, string signatureBase64)
    {
        byte[] signature;
        try { signature = Convert.FromBase64String(signatureBase64); }
        catch (FormatException) { return false; }
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(PublicKey));
        verifier.BlockUpdate(message, 0, message.Length);
        return verifier.VerifySignature(signature);
    }

    /// <summary>The configured seed, else the key file's, else a new seed written to the key file (mode 0600).</summary>
    public static AuditSigningKey Load(string? seedBase64, string? publicKeyBase64, string keyFile)
    {
        var publicKey = string.IsNullOrWhiteSpace(publicKeyBase64) ? null : Convert.FromBase64String(publicKeyBase64);
        if (!string.IsNullOrWhiteSpace(seedBase64)) return new AuditSigningKey(Convert.FromBase64String(seedBase64), publicKey);
        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
            var seed = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var file = new StreamWriter(new FileStream(keyFile, options));
                file.Write(Convert.ToBase64String(seed));
            }
            catch (IOException) when (File.Exists(keyFile))
            {
                // Another host made it first: use theirs.
            }
        }
        return new AuditSigningKey(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()), publicKey);
    }
}
