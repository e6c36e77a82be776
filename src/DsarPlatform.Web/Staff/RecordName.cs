using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Staff;

/// <summary>
/// The name on record of the matched account, for staff: the directory's answer to the first step's lookup keeps it sealed
/// (<see cref="PayloadSeal"/>); it is opened here, for the page only, never stored or logged.
/// </summary>
public sealed class RecordName(DsarDbContext db, PayloadSeal seal)
{
    public async Task<string?> ReadAsync(DsarRequest request, CancellationToken cancellationToken)
    {
        if (request.AccountId is null) return null;
        var outcomes = await db.StoreTasks.AsNoTracking()
            .Where(t => t.RequestId == request.Id && t.Action == StoreActions.Identify && t.Store == StoreNames.Directory && t.OutcomeJson != null)
            .Select(t => t.OutcomeJson!).ToListAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (JsonSerializer.Deserialize<StoreTaskOutcome>(outcome)?.SealedAccounts is not { } sealedAccounts) continue;
            var accounts = JsonSerializer.Deserialize<List<AccountOnRecord>>(seal.Open(sealedAccounts), JsonSerializerOptions.Web) ?? [];
            if (accounts.FirstOrDefault(a => a.AccountId == request.AccountId)?.DataPoints.GetValueOrDefault("fullName") is { } name) return name;
        }
        return null;
    }
}
