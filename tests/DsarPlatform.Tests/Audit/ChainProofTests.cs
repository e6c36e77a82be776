using DsarPlatform.Web.Audit;

namespace DsarPlatform.Tests.Audit;

/// <summary>The chain proof partial's rows: each of a request's entries, verified against its content and its predecessor.</summary>
[TestFixture, CancelAfter(60_000)]
public class ChainProofTests
{
    [Test]
    public async Task A_requests_entries_show_verified_until_one_is_edited()
    {
        using var chain = await new ChainFixture().WithSixEntriesAsync();
        await using (var db = chain.Database.NewContext())
        {
            var rows = await new AuditProofReader(db).RowsAsync(chain.RequestId);
            Assert.That(rows.Select(r => (r.Seq, r.Verified)), Is.EqualTo(new (long?, bool)[] { (1, true), (2, true), (4, true), (5, true), (6, true) }));
            Assert.That(rows.All(r => r.HashPrefix!.Length == 12));
        }
        await chain.SqlAsync("UPDATE AuditChain SET Detail = 'code=2' WHERE Seq = 4");
        await using (var db = chain.Database.NewContext())
        {
            var rows = await new AuditProofReader(db).RowsAsync(chain.RequestId);
            Assert.That(rows.Where(r => !r.Verified).Select(r => r.Seq), Is.EqualTo(new long?[] { 4 }));
        }
    }
}
