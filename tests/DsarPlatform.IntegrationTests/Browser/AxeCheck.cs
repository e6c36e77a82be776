using System.Text.Json;
using DsarPlatform.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// Runs axe-core (npm, pinned in tests/DsarPlatform.IntegrationTests/axe, installed by <c>npm ci</c> there) on the page
/// as it is now, with the WCAG 2.x A and AA rules, and fails listing every violation. The script is evaluated
/// through the DevTools protocol, which the pages' CSP (no inline script) does not block, so the pages are
/// tested under their real policy.
/// </summary>
public static class AxeCheck
{
    public const string AxeFolder = "tests/DsarPlatform.IntegrationTests/axe";
    static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    static readonly Lazy<string?> Script = new(LoadScript);

    /// <summary>
    /// Fails listing each violation. Without axe-core installed: fails under CI; elsewhere the check is skipped with a
    /// note, so a flow test still tests its flow (tests that only check accessibility call <see cref="RequireInstalled"/>).
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        if (Script.Value is null && !MissingPrerequisite.InCi)
        {
            TestContext.Progress.WriteLine($"axe check of the {what} skipped: {MissingMessage}");
            return;
        }
        var found = await ViolationsAsync(page);
        Assert.That(found, Is.Empty, $"axe-core found WCAG A/AA violations on the {what} ({page.Url}):\n{string.Join("\n", found)}");
    }

    /// <summary>One line per violation: rule id, impact, what it checks, and the elements (CSS selectors) that break it.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var script = Script.Value ?? MissingAxe();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync("source => { (0, eval)(source); }", script);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))
            """, WcagTags);
        return [.. violations.EnumerateArray().Select(Describe)];
    }

    static string Describe(JsonElement violation) =>
        $"- {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): " +
        $"{violation.GetProperty("help").GetString()} at {string.Join(", ", violation.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}";

    /// <summary>Ignores the test (fails it under CI) when axe-core is not installed.</summary>
    public static void RequireInstalled()
    {
        if (Script.Value is null) MissingAxe();
    }

    static string MissingMessage => $"axe-core is not installed: run `npm ci` in {AxeFolder}";

    static string? LoadScript()
    {
        var root = BuiltApp.RepositoryRoot(AppContext.BaseDirectory);
        var path = root is null ? null : Path.Combine(root, AxeFolder, "node_modules", "axe-core", "axe.min.js");
        return path is not null && File.Exists(path) ? File.ReadAllText(path) : null;
    }

    static string MissingAxe()
    {
        MissingPrerequisite.Skip(MissingMessage);
        return "";
    }
}
