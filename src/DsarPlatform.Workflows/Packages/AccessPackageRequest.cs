namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// What an access package is built from: the request it answers and the stores' export files
/// (<c>{exportDrop}/{requestId:N}/{store}.json</c>). <paramref name="RequesterName"/> only personalises the
/// greeting and may be left out.
/// </summary>
public sealed record AccessPackageRequest(
    string Reference,
    string? RequesterName,
    DateTime ReceivedAtUtc,
    DateTime AnsweredAtUtc,
    IReadOnlyList<string> ExportFiles);
