using System.Net;
using System.Text;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Erasure down to the bytes: the built web app on the embedded default (SQLite files, the stores in-process) with a
/// private data folder carries out a deletion for alice.demo and stops gracefully (SIGTERM); then every file under the
/// data folder (databases and their -wal/-shm files; the keys and the development mail pickup excepted) is searched for
/// her email and her name as UTF-8 and UTF-16LE, ignoring ASCII case. Values the reply's store outcomes list as retained
/// are excused; none of the shipped stores keeps her email or name.
/// </summary>
[NonParallelizable]
public sealed class ErasureBytesTests
{
    const string Email = "alice@example.com";
    const string Name = "Alice Example";

    [Test, CancelAfter(300_000)]
    public async Task Past_the_records_period_no_file_in_the_data_folder_holds_the_erased_persons_email_or_name()
    {
        using var data = new TempFolder("erasure-bytes");
        var retained = await DeleteAliceAndStopAsync(data.Path, thenPassTheRecordsPeriod: true);
        Assert.That(Traces(data.Path, retained), Is.Empty, "files holding her email or name");
    }

    /// <summary>Needs the sealed record (issue 17's sealing part): the email on record then stays only as ciphertext.</summary>
    [Test, CancelAfter(300_000)]
    public async Task Within_the_records_period_only_the_sealed_record_remains()
    {
        using var data = new TempFolder("erasure-bytes-record");
        var retained = await DeleteAliceAndStopAsync(data.Path, thenPassTheRecordsPeriod: false);
        Assert.That(Traces(data.Path, retained), Is.Empty, "files holding her email or name in clear");
    }

    /// <returns>The text of every item the stores reported as retained.</returns>
    static async Task<IReadOnlyList<string>> DeleteAliceAndStopAsync(string dataFolder, bool thenPassTheRecordsPeriod)
    {
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        await using var web = AppProcess.Start(BuiltApp.Web, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development",
            ["DataFolder"] = dataFolder, ["ASPNETCORE_URLS"] = address, ["Email__PublicBaseUrl"] = address,
        });
        // Generous for a loaded CI machine; on an idle one it answers within seconds.
        await web.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(180));
        var api = new DsarApi(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        });

        var reference = await api.SubmitDeletionAsync("alice.demo", Email, Name);
        await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var erased = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the erasure");
        var retained = erased.Tasks.SelectMany(t => t.Outcome?.Retained ?? [])
            .SelectMany(item => new[] { item.Category, item.LegalBasis }).ToList();
        await DeletionCompletion.AdvanceClockAndAssertCompletedOnceAsync(api, reference);
        if (thenPassTheRecordsPeriod)
        {
            // 25 months: the advance also runs the records purge, as the daily job would.
            var advance = await api.Client.PostAsync("/api/dev/clock/advance", new StringContent("{\"by\":\"P761D\"}", Encoding.UTF8, "application/json"));
            Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            var gone = await api.Client.GetAsync($"/api/requests/{reference}");
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "purged after the records period");
        }

        Assert.That(await web.StopAsync(), Is.Zero, web.LogTail());
        return retained;
    }

    /// <summary>"file: value (encoding)" for each file that holds her email or name and the retained items do not excuse.</summary>
    static List<string> Traces(string dataFolder, IReadOnlyList<string> retained)
    {
        var excepted = new[] { Path.Combine(dataFolder, "keys"), Path.Combine(dataFolder, "mail") };
        var needles = new[] { Email, Name }.Where(v => !retained.Any(r => r.Contains(v, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(v => new[] { (v, "UTF-8", Encoding.UTF8.GetBytes(v.ToLowerInvariant())), (v, "UTF-16LE", Encoding.Unicode.GetBytes(v.ToLowerInvariant())) })
            .ToList();
        var traces = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories))
        {
            if (excepted.Any(folder => file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) || file.EndsWith(".key", StringComparison.Ordinal)) continue;
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(bytes[i] + 32) : bytes[i];
            traces.AddRange(needles.Where(n => bytes.AsSpan().IndexOf(n.Item3) >= 0)
                .Select(n => $"{Path.GetRelativePath(dataFolder, file)}: {n.Item1} ({n.Item2})"));
        }
        return traces;
    }
}
