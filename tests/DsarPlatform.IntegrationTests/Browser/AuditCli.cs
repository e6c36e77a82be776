using System.Diagnostics;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// <c>audit verify --evidence FILE</c> as an operator runs it: the built web app as a one-shot process, in the site's
/// working directory so that it reads the same data folder (and so the same public key) as the site.
/// </summary>
public static class AuditCli
{
    public static async Task<(int ExitCode, string Output)> VerifyEvidenceAsync(string workingDirectory, string evidenceFile)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { BuiltApp.DllPath(BuiltApp.Web), "audit", "verify", "--evidence", evidenceFile }) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("audit verify did not finish within a minute.");
        }
        return (process.ExitCode, await output + await error);
    }
}
