using System.Diagnostics;
using System.IO.Compression;

namespace DsarPlatform.Tests.Packages;

/// <summary>
/// A large instant-message history is packaged in bounded memory: records are streamed from the export
/// file to CSV rows, never collected. The size can be raised with DSAR_PACKAGE_RECORDS (e.g. 1000000).
/// </summary>
public sealed class LargeExportTests
{
    [Test, CancelAfter(300_000)]
    public async Task A_large_export_is_packaged_with_bounded_memory()
    {
        var records = int.TryParse(Environment.GetEnvironmentVariable("DSAR_PACKAGE_RECORDS"), out var n) ? n : 300_000;
        using var folder = new PackageTestFolder();
        var (export, exportBytes) = await ExportFiles.WriteLargeAsync(folder.Exports, records);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampling = new CancellationTokenSource();
        long peak = baseline;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5);
            }
        });

        var watch = Stopwatch.StartNew();
        var path = await folder.StorePackageAsync(Guid.NewGuid(), export);
        var buildTime = watch.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakGrowth = peak - baseline;

        watch.Restart();
        var clearPath = Path.Combine(folder.Root, "clear.zip");
        await using (var clear = File.Create(clearPath)) await folder.Vault.OpenAsync(path, clear);
        var decryptTime = watch.Elapsed;
        using var zip = ZipFile.OpenRead(clearPath);
        using var csv = new StreamReader(zip.GetEntry("im-history/messages.csv")!.Open());
        var lines = 0;
        while (await csv.ReadLineAsync() is not null) lines++;

        TestContext.Progress.WriteLine(
            $"{records:N0} records, export {exportBytes / 1e6:N0} MB -> package {new FileInfo(path).Length / 1e6:N1} MB; " +
            $"build+encrypt {buildTime.TotalSeconds:N1} s, decrypt {decryptTime.TotalMilliseconds:N0} ms; " +
            $"managed heap peak growth {peakGrowth / 1e6:N1} MB, allocated {allocated / 1e6:N0} MB, process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
        Assert.That(lines, Is.EqualTo(records + 1), "header + one row per record");
        Assert.That(peakGrowth, Is.LessThan(128L * 1024 * 1024), "the export is streamed, not loaded");
        Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("report.html").And.Contain("im-history.json"));
    }
}
