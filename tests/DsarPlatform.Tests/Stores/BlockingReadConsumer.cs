using DsarPlatform.Contracts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// A read-only handler (like an export) that stops between two reads until the test lets it go on, and
/// reports how many profiles carried the display name "Ali" at each read.
/// </summary>
internal sealed class BlockingReadConsumer(DirectoryDbContext db, TimeProvider clock, ILogger<BlockingReadConsumer> logger)
    : StoreTaskConsumer<ExportSubjectData, DirectoryDbContext>(db, clock, logger)
{
    public const string Queue = "blocking-read";
    public static TaskCompletionSource FirstReadDone { get; private set; } = new();
    public static TaskCompletionSource MayGoOn { get; private set; } = new();

    public static void Reset()
    {
        FirstReadDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        MayGoOn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    protected override string StoreName => StoreNames.Directory;
    protected override string Action => StoreActions.Export;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(ExportSubjectData command, CancellationToken cancellationToken)
    {
        var before = await Db.Profiles.CountAsync(p => p.DisplayName == "Ali", cancellationToken);
        FirstReadDone.TrySetResult();
        await MayGoOn.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var after = await Db.Profiles.CountAsync(p => p.DisplayName == "Ali", cancellationToken);
        return new StoreTaskOutcome([new("before", before), new("after", after)], []);
    }
}
