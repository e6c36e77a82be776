using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Billing;

/// <summary>Answers, for the accounts the directory found, the last four digits of their stored cards.</summary>
public sealed class BillingIdentifyConsumer(BillingDbContext db, PayloadSeal seal, TimeProvider clock, ILogger<BillingIdentifyConsumer> logger)
    : StoreTaskConsumer<IdentifyAccount, BillingDbContext>(db, clock, logger)
{
    protected override string StoreName => StoreNames.Billing;
    protected override string Action => StoreActions.Identify;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(IdentifyAccount command, CancellationToken cancellationToken)
    {
        var query = JsonSerializer.Deserialize<AccountQuery>(seal.Open(command.SealedQuery), AccountRecords.Json)!;
        var ids = (query.AccountIds ?? []).Distinct().ToList();
        var cards = await Db.PaymentInstruments.AsNoTracking().Where(i => ids.Contains(i.AccountId))
            .Select(i => new { i.AccountId, i.LastFour }).ToListAsync(cancellationToken);
        var found = cards.GroupBy(c => c.AccountId).Select(g => new AccountOnRecord(g.Key, false, null,
            new Dictionary<string, string> { ["cardLastFour"] = string.Join(",", g.Select(c => c.LastFour)) })).ToList();
        return AccountRecords.Outcome(seal, found);
    }
}
