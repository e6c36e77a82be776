using DsarPlatform.Web.Audit;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Pages.Audit;

/// <summary><c>/audit/chain</c> (auditors, by the folder's policy): the chain's head, its last checkpoint, verification on demand and a checkpoint on demand.</summary>
public sealed class ChainModel(DsarDbContext db, AuditVerifier verifier, AuditCheckpoints checkpoints, AuditSettings settings, TimeProvider clock) : PageModel
{
    public AuditHead? Head { get; private set; }
    public long Pending { get; private set; }
    public AuditCheckpoint? LastCheckpoint { get; private set; }
    public AuditVerification? Verification { get; private set; }
    public bool CheckpointMade { get; private set; }

    public Task OnGetAsync(bool checkpointMade, CancellationToken ct)
    {
        CheckpointMade = checkpointMade;
        return LoadAsync(ct);
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await verifier.VerifyAsync(db, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCheckpointAsync(CancellationToken ct)
    {
        await AuditSealer.SealAllAsync(db, clock, settings.SealBatchSize, ct);
        await checkpoints.MakeAsync(db, ct);
        return RedirectToPage(new { checkpointMade = true });
    }

    async Task LoadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.TheHead, ct);
        Pending = await db.AuditChain.LongCountAsync(e => e.Seq == null, ct);
        LastCheckpoint = checkpoints.Folder.Latest();
    }
}
