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

    /// <summary>
    /// Contrast of the focused element's outline against the page background (WCAG 1.4.11 asks 3:1 of a focus
    /// indicator); 0 when it has no outline.
    /// </summary>
    public Task<double> FocusRingContrastAsync() =>
        page.EvaluateAsync<double>(
            """
            () => {
              const style = getComputedStyle(document.activeElement);
              if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) return 0;
              const luminance = css => {
                const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(v => {
                  const c = Number(v) / 255;
                  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const ring = luminance(style.outlineColor), page = luminance(getComputedStyle(document.documentElement).backgroundColor);
              return (Math.max(ring, page) + 0.05) / (Math.min(ring, page) + 0.05);
            }
            """);

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
