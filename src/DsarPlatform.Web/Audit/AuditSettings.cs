using DsarPlatform.Hosting;

namespace DsarPlatform.Web.Audit;

/// <summary>Section <c>Audit</c>: how often the chain is sealed and signed, and where its key and checkpoints live.</summary>
public sealed class AuditSettings
{
    /// <summary><c>Audit:CheckpointInterval</c>: how often the head is signed (when it has moved).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>Audit:SealInterval</c>: how often each host seals pending entries besides being woken by writes.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Audit:SealBatchSize</c>: entries sealed per transaction.</summary>
    public int SealBatchSize { get; set; } = 1000;

    /// <summary><c>Audit:CheckpointFolder</c>: default <c>audit-checkpoints</c> in the data folder.</summary>
    public string? CheckpointFolder { get; set; }

    /// <summary><c>Audit:SigningKey</c>: base64 of the 32-byte Ed25519 seed; without it, <see cref="SigningKeyFile"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary><c>Audit:SigningKeyFile</c>: default <c>keys/audit-signing.key</c> in the data folder, made (0600) on first use.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary><c>Audit:PublicKey</c>: base64 public key checkpoints are verified with; default the signing key's.</summary>
    public string? PublicKey { get; set; }

    public static AuditSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection("Audit").Get<AuditSettings>() ?? new AuditSettings();
        if (settings.CheckpointInterval <= TimeSpan.Zero) throw new InvalidOperationException("The setting Audit:CheckpointInterval is out of range.");
        if (settings.SealInterval <= TimeSpan.Zero) throw new InvalidOperationException("The setting Audit:SealInterval is out of range.");
        if (settings.SealBatchSize <= 0) throw new InvalidOperationException("The setting Audit:SealBatchSize is out of range.");
        var data = DataFolder.Resolve(configuration);
        settings.CheckpointFolder = Path.GetFullPath(settings.CheckpointFolder ?? Path.Combine(data, "audit-checkpoints"));
        settings.SigningKeyFile = Path.GetFullPath(settings.SigningKeyFile ?? Path.Combine(data, "keys", "audit-signing.key"));
        return settings;
    }
}
