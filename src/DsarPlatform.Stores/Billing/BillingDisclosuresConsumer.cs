using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Billing;

/// <summary>
/// Answers a "Shine the Light" request from the disclosures register: the account's disclosures for direct marketing in
/// the year asked, sealed. The count is the number of disclosures (0: none that year).
/// </summary>
public sealed class BillingDisclosuresConsumer(BillingDbContext db, PayloadSeal seal, TimeProvider clock, ILogger<BillingDisclosuresConsumer> logger)
    : StoreTaskConsumer<ListDisclosures, BillingDbContext>(db, clock, logger)
{
    protected override string StoreName => StoreNames.Billing;
    protected override string Action => StoreActions.ListDisclosures;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(ListDisclosures command, CancellationToken cancellationToken)
    {
        if (command.Year is < 1 or > 9998) throw new PermanentStoreException($"There is no calendar year {command.Year}.");
        var (first, next) = (new DateOnly(command.Year, 1, 1), new DateOnly(command.Year + 1, 1, 1));
        var rows = await Db.MarketingDisclosures.AsNoTracking()
            .Where(d => d.AccountId == command.AccountId && d.DisclosedOn >= first && d.DisclosedOn < next)
            .OrderBy(d => d.DisclosedOn).ThenBy(d => d.ThirdPartyName).ToListAsync(cancellationToken);
        var disclosures = rows.Select(d => new MarketingDisclosure(d.DisclosedOn, d.CategoryList(), d.ThirdPartyName, d.ThirdPartyAddress)).ToList();
        return new StoreTaskOutcome([new CategoryCount(BillingExport.DisclosuresCategory, disclosures.Count)], [],
            SealedDisclosures: seal.Seal(JsonSerializer.Serialize(disclosures, AccountRecords.Json)));
    }
}
