using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// <c>audit verify [--evidence FILE] [settings…]</c>: verifies the chain in the configured database (or one evidence
/// file, offline) with the host's own configuration; prints the first bad entry; exit code 0 when intact, 1 otherwise.
/// </summary>
public static class AuditCommand
{
    /// <summary>The exit code when the arguments are an audit command; null when the web host should start.</summary>
    public static int? TryRun(string[] args, TextWriter? output = null)
    {
        if (args is not ["audit", ..]) return null;
        output ??= Console.Out;
        if (args is not ["audit", "verify", .. var rest])
        {
            output.WriteLine("Usage: audit verify [--evidence FILE]");
            return 2;
        }
        var evidenceAt = Array.IndexOf(rest, "--evidence");
        if (evidenceAt >= 0 && evidenceAt + 1 >= rest.Length)
        {
            output.WriteLine("--evidence needs a file.");
            return 2;
        }
        var evidence = evidenceAt >= 0 ? rest[evidenceAt + 1] : null;
        var settings = evidenceAt >= 0 ? [.. rest[..evidenceAt], .. rest[(evidenceAt + 2)..]] : rest;
        return RunAsync(settings, evidence, output).GetAwaiter().GetResult();
    }

    static async Task<int> RunAsync(string[] settings, string? evidence, TextWriter output)
    {
        // A one-shot command watches no configuration file (inotify instances are a shared, small budget).
        var builder = DsarWebHost.CreateBuilder([.. settings, "--hostBuilder:reloadConfigOnChange=false"]);
        // Only the database and the chain are needed here; the web host's other services are never resolved.
        builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
        builder.AddDsarDatabase();
        builder.Services.AddAuditCore(builder.Configuration);
        await using var app = builder.Build();
        var key = app.Services.GetRequiredService<AuditSigningKey>();
        if (evidence is not null) return VerifyEvidence(evidence, key, output);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(db);
        output.WriteLine(result.Summary);
        if (result.Intact) return 0;
        output.WriteLine($"First bad entry: {result.First!.Seq?.ToString() ?? "(none named)"}");
        foreach (var problem in result.Problems) output.WriteLine($"  {problem.Message}");
        return 1;
    }

    /// <summary>Checks one evidence file (.json or .html) with the configured public key; 0 when it holds.</summary>
    public static int VerifyEvidence(string file, AuditSigningKey key, TextWriter output)
    {
        if (!File.Exists(file))
        {
            output.WriteLine($"No such file: {file}");
            return 1;
        }
        var (document, problem) = EvidenceFormat.Read(file, File.ReadAllBytes(file));
        problem ??= EvidenceCheck.FirstProblem(document!, key);
        if (problem is not null)
        {
            output.WriteLine($"REJECTED: {problem}");
            return 1;
        }
        output.WriteLine($"Evidence holds: request {document!.Request.Reference}, {document.Entries.Count} entries, proven to the checkpoint signed at entry {document.Checkpoint.Seq} ({document.Checkpoint.AtUtc}).");
        return 0;
    }
}
