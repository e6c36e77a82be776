using System.Security.Cryptography;
using DsarPlatform.Tests.Security;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Audit;

/// <summary>
/// A real SQLite workflow database holding a six-entry chain (journal rows 1, 2, 4, 6; a sign-in at 3; a view at 5),
/// signed checkpoints at entries 2 and 5, and a verifier with the configured key.
/// </summary>
public sealed class ChainFixture : IDisposable
{
    readonly string _checkpointFolder = Directory.CreateTempSubdirectory("dsar-checkpoints-").FullName;

    public ChainFixture()
    {
        Key = new AuditSigningKey(RandomNumberGenerator.GetBytes(32), null);
        Folder = new AuditCheckpointFolder(_checkpointFolder);
        Checkpoints = new AuditCheckpoints(Key, Folder, Clock);
        Verifier = new AuditVerifier(Key, Folder);
    }

    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public AuditSigningKey Key { get; }
    public AuditCheckpointFolder Folder { get; }
    public AuditCheckpoints Checkpoints { get; }
    public AuditVerifier Verifier { get; }
    public Guid RequestId { get; private set; }

    public async Task<ChainFixture> WithSixEntriesAsync()
    {
        RequestId = await Database.AddRequestAsync();
        await using var db = Database.NewContext();
        await JournalAsync(db, "Received");
        await JournalAsync(db, "AccountMatched");
        await SealAsync(db);
        await Checkpoints.MakeAsync(db);
        db.AuditChain.Record(AuditKinds.SignIn, "SignInFailed", "user-1", "", Now());
        await db.SaveChangesAsync();
        await JournalAsync(db, "Verified");
        db.AuditChain.Record(AuditKinds.View, "RequestViewed", "auditor-1", "Auditor", Now(), RequestId, "/Audit/Requests/Details");
        await db.SaveChangesAsync();
        await SealAsync(db);
        await Checkpoints.MakeAsync(db);
        await JournalAsync(db, "Completed");
        await SealAsync(db);
        return this;
    }

    public async Task JournalAsync(DsarDbContext db, string @event)
    {
        db.Journal.Append(RequestId, Guid.Empty, "step", @event, "system", "System", Now(), "code=1");
        await db.SaveChangesAsync();
    }

    public async Task<long> SealAsync(DsarDbContext db) => (await AuditSealer.SealAllAsync(db, Clock, 100)).Sealed;

    public async Task<AuditVerification> VerifyAsync()
    {
        await using var db = Database.NewContext();
        return await Verifier.VerifyAsync(db);
    }

    public async Task SqlAsync(string sql)
    {
        await using var db = Database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    DateTime Now()
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        return Clock.GetUtcNow().UtcDateTime;
    }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(_checkpointFolder, recursive: true);
    }
}
