using DsarPlatform.Contracts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Tests.Stores;

/// <summary>A store handler that writes, then hits a failure retrying cannot fix.</summary>
internal sealed class FailingDirectoryConsumer(DirectoryDbContext db, TimeProvider clock, ILogger<FailingDirectoryConsumer> logger)
    : StoreTaskConsumer<EraseSubjectData, DirectoryDbContext>(db, clock, logger)
{
    public const string Reason = "account is under a legal hold";

    protected override string StoreName => StoreNames.Directory;
    protected override string Action => StoreActions.Erase;

    protected override Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        Db.Listings.RemoveRange(Db.Listings);
        throw new PermanentStoreException(Reason);
    }
}
