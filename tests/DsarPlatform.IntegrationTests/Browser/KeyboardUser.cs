using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A person without a mouse: moves focus with Tab only, types into whatever has focus, presses Enter or Space.
/// Reaching a control this way proves it is in the tab order and named as a person would look for it.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    const int MaxTabs = 40;

    /// <summary>Presses Tab until the focused element's name (label, text or aria-label) starts with <paramref name="name"/>.</summary>
    public async Task TabToAsync(string name)
    {
        var passed = new List<string>();
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedNameAsync();
            if (focused.StartsWith(name, StringComparison.Ordinal)) return;
            passed.Add(focused);
        }
        Assert.Fail($"'{name}' was not reached with {MaxTabs} Tab presses on {page.Url}; focus went through: {string.Join(" | ", passed)}");
    }

    public async Task TabToAndTypeAsync(string name, string text)
    {
        await TabToAsync(name);
        await page.Keyboard.TypeAsync(text);
    }

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    /// <summary>How a screen reader would roughly name the focused element.</summary>
    public Task<string> FocusedNameAsync() =>
        page.EvaluateAsync<string>(
            """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return '';
              const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
              return (label || e.getAttribute('aria-label') || e.innerText || e.value || e.id || e.tagName).trim();
            }
            """);
}
