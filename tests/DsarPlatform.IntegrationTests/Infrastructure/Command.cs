using System.Diagnostics;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>Runs a short-lived tool to completion; a non-zero exit fails with the tool's output.</summary>
internal static class Command
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {timeout}.");
        }
        var text = await output + await error;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{text}");
        return text;
    }
}
