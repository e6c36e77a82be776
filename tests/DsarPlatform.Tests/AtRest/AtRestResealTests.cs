using System.Security.Cryptography;
using DsarPlatform.Tests.Security;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.AtRest;

/// <summary>Rows in clear from before sealing, and rows under a retired key, end up sealed under the current key.</summary>
public sealed class AtRestResealTests
{
    [Test]
    public async Task A_row_written_in_clear_before_sealing_is_sealed_and_indexed_at_start()
    {
        using var database = new TestDatabase();
        var id = await database.AddRequestAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"Requests\" SET \"SubmittedEmail\" = 'Old.Row@example.com', \"SubmittedEmailIndex\" = NULL WHERE \"Id\" = {0}", id.ToString().ToUpperInvariant());
            Assert.That(await StoredEmailAsync(db, id), Is.EqualTo("Old.Row@example.com"), "the clear row reads as it is");
            Assert.That(await AtRestReseal.RunAsync(db, CancellationToken.None), Is.EqualTo(1));
        }

        await using var after = database.NewContext();
        Assert.That(await StoredEmailAsync(after, id), Does.StartWith(TestDatabase.Keys.CurrentPrefix));
        Assert.That((await after.Requests.SingleAsync(r => r.Id == id)).SubmittedEmail, Is.EqualTo("Old.Row@example.com"));
        var index = after.BlindIndex("old.row@EXAMPLE.com ");
        Assert.That(await after.Requests.CountAsync(r => EF.Property<string>(r, "SubmittedEmailIndex") == index), Is.EqualTo(1));
        Assert.That(await AtRestReseal.RunAsync(after, CancellationToken.None), Is.Zero, "nothing left to do");
    }

    [Test]
    public async Task After_a_rotation_rows_under_the_old_key_are_resealed_and_the_new_key_alone_opens_them()
    {
        using var database = new TestDatabase();
        byte[] oldKey = RandomNumberGenerator.GetBytes(32), newKey = RandomNumberGenerator.GetBytes(32), indexKey = RandomNumberGenerator.GetBytes(32);
        var oldRing = new AtRestKeys(oldKey, [], indexKey);
        var request = new DsarRequest
        {
            Reference = RequestReference.New(), Channel = "test", SubmittedEmail = "a@example.com", SubmittedName = "A", RecordEmail = "rotated@example.com",
        };
        await using (var db = database.NewContext(oldRing))
        {
            db.Requests.Add(request);
            await db.SaveChangesAsync();
        }
        var id = request.Id;

        var rotated = new AtRestKeys(newKey, [oldKey], indexKey);
        await using (var db = database.NewContext(rotated))
        {
            Assert.That((await db.Requests.SingleAsync(r => r.Id == id)).RecordEmail, Is.EqualTo("rotated@example.com"), "old key still reads");
            Assert.That(await AtRestReseal.RunAsync(db, CancellationToken.None), Is.EqualTo(1));
        }

        await using var newOnly = database.NewContext(new AtRestKeys(newKey, [], indexKey));
        Assert.That((await newOnly.Requests.SingleAsync(r => r.Id == id)).RecordEmail, Is.EqualTo("rotated@example.com"));
        await using var oldOnly = database.NewContext(oldRing);
        var refused = Assert.CatchAsync(() => oldOnly.Requests.SingleAsync(r => r.Id == id));
        Assert.That(Chain(refused).OfType<CryptographicException>(), Is.Not.Empty, "the retired key alone opens nothing resealed");
    }

    [Test]
    public void Sealing_is_randomized_and_names_its_key()
    {
        var keys = AtRestKeys.Random();
        var first = keys.Seal("alice@example.com");
        Assert.That(first, Does.StartWith(keys.CurrentPrefix).And.Not.Contain("alice"));
        Assert.That(keys.Seal("alice@example.com"), Is.Not.EqualTo(first), "a fresh nonce per seal");
        Assert.That(keys.Open(first), Is.EqualTo("alice@example.com"));
        Assert.That(keys.Index(" Alice@Example.com"), Is.EqualTo(keys.Index("alice@example.com")));
        Assert.That(AtRestKeys.Random().Index("alice@example.com"), Is.Not.EqualTo(keys.Index("alice@example.com")), "keyed, not a plain hash");
    }

    [Test]
    public void Without_keys_the_context_refuses_to_write_a_personal_value_rather_than_write_it_in_clear()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dsar-nokeys-{Guid.NewGuid():N}.db");
        try
        {
            using var db = new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
                .UseSqlite($"Data Source={file};Pooling=False", o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite")).Options);
            db.Database.Migrate();
            db.Requests.Add(new DsarRequest { Reference = RequestReference.New(), Channel = "test", SubmittedEmail = "a@example.com", SubmittedName = "A" });
            var refused = Assert.Catch(() => db.SaveChanges());
            Assert.That(Chain(refused).Any(e => e.Message.Contains("no at-rest keys")), Is.True, refused?.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }

    static async Task<string> StoredEmailAsync(DsarDbContext db, Guid id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"SubmittedEmail\" FROM \"Requests\" WHERE \"Id\" = '{id.ToString().ToUpperInvariant()}'";
        var value = (string)(await command.ExecuteScalarAsync())!;
        await db.Database.CloseConnectionAsync();
        return value;
    }
}
