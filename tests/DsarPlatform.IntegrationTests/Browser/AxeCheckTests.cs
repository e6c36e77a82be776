namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>The accessibility check itself: it must see a real problem, or its zero on our pages means nothing.</summary>
[TestFixture]
public sealed class AxeCheckTests : BrowserTest
{
    [Test]
    public async Task Reports_an_unlabelled_field_and_low_contrast_text_with_their_targets()
    {
        AxeCheck.RequireInstalled();
        await Page.GotoAsync("/");
        await Page.EvaluateAsync(
            """
            () => {
              const main = document.querySelector('main');
              const input = document.createElement('input');
              input.id = 'no-label';
              main.appendChild(input);
              const faint = document.createElement('p');
              faint.id = 'faint';
              faint.textContent = 'Barely visible';
              faint.style.color = '#dddddd';
              main.appendChild(faint);
            }
            """);

        var violations = await AxeCheck.ViolationsAsync(Page);

        Assert.That(violations, Has.Some.StartsWith("- label (critical)").And.Contains("#no-label"));
        Assert.That(violations, Has.Some.StartsWith("- color-contrast (serious)").And.Contains("#faint"));
    }
}
