using System.Xml;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Builds the access package from the stores' export files (report, JSON, CSV), stores it encrypted, and
/// schedules its deletion when the download link expires. The raw export files are deleted once the
/// package is committed.
/// </summary>
public sealed class CompileAccessPackageActivity(RequestStepContexts contexts, AccessPackageBuilder builder, PackageVault vault, WorkflowPaths paths)
    : RequestActivity(contexts)
{
    public override string Name => "CompileAccessPackage";

    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        // Filter the status in memory: the task completed in this very unit of work is tracked, not yet saved.
        var exports = (await context.Db.StoreTasks.Where(t => t.RequestId == request.Id && t.Action == StoreActions.Export).ToListAsync(cancellationToken))
            .Where(t => t.Status == StoreTaskStatus.Completed);
        var files = exports.SelectMany(t => t.Outcome?.Files ?? []).Select(f => Path.GetFullPath(Path.Combine(paths.ExportDrop, f))).ToList();
        if (files.Any(f => !f.StartsWith(Path.GetFullPath(paths.ExportDrop) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(f)))
        {
            return StepOutcome.Fault("An export file is missing from the export drop.");
        }

        var package = new AccessPackageRequest(request.Reference, request.SubmittedName, request.ReceivedAtUtc, context.NowUtc, files);
        var path = await vault.StoreAsync(request.Id, zip => builder.BuildAsync(package, zip, cancellationToken), cancellationToken);
        var lifetime = XmlConvert.ToTimeSpan(context.Step.PackageLifetime ?? "P7D");
        context.Db.AccessPackages.Add(new AccessPackage
        {
            RequestId = request.Id, Path = path, CreatedAtUtc = context.NowUtc, ExpiresAtUtc = context.NowUtc + lifetime,
        });
        context.ScheduleTimer(context.NowUtc + lifetime, "package-expiry", TimerKind.PackageExpiry);
        context.Journal("PackageCompiled", $"{files.Count} export file(s); link valid until {context.NowUtc + lifetime:O}");
        context.AfterCommit(() => DeleteExports(files));
        return StepOutcome.Next;
    }

    static void DeleteExports(IEnumerable<string> files)
    {
        foreach (var file in files) File.Delete(file);
        foreach (var folder in files.Select(Path.GetDirectoryName).Distinct())
        {
            if (folder is not null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }
}
