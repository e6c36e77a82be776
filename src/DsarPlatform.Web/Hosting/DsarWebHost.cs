using DsarPlatform.Web.Logging;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Creates the web host's builder so that its settings do not depend on the working directory (content root from the
/// app's own folder, see <see cref="AppContentRoot"/>) and no link token reaches a log line (<see cref="TokenRedaction"/>).
/// </summary>
public static class DsarWebHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContentRoot.Find(args) });
        builder.Services.AddTokenRedaction();
        return builder;
    }
}
