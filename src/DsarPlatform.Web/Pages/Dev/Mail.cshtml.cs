using DsarPlatform.Web.Development;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Dev;

public sealed class MailModel(IWebHostEnvironment environment, IServiceProvider services) : PageModel
{
    public IReadOnlyList<CapturedEmail> Emails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment()) return NotFound();
        Emails = await services.GetRequiredService<DevMailbox>().ReadAsync(cancellationToken);
        return Page();
    }
}
