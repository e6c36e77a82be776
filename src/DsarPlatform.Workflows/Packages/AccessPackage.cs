namespace DsarPlatform.Workflows.Packages;

/// <summary>A compiled, encrypted access package waiting for its download; deleted when its link expires.</summary>
public sealed class AccessPackage
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required string Path { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public DateTime? DownloadedAtUtc { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
}
