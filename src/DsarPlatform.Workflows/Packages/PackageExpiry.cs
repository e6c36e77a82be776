using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Packages;

/// <summary>When a package's link expires its file is deleted (after the commit that records it) and the journal says so.</summary>
public sealed class PackageExpiry(DsarDbContext db, PackageVault vault, WorkflowEngine engine) : ITimerHandler
{
    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.PackageExpiry];

    public async Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var package = await db.AccessPackages.SingleOrDefaultAsync(p => p.RequestId == timer.RequestId, cancellationToken);
        if (package is null || package.DeletedAtUtc is not null) return;
        package.DeletedAtUtc = nowUtc;
        var step = await db.Instances.Where(i => i.Id == timer.InstanceId).Select(i => i.CurrentStep).SingleAsync(cancellationToken);
        db.Journal.Append(timer.RequestId, timer.InstanceId, step, "PackageDeleted", "system", "system", nowUtc, "download link expired");
        var path = package.Path;
        engine.AfterCommit(() => vault.Delete(path));
    }
}
