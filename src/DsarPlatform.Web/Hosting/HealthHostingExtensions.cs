using DsarPlatform.Hosting.Health;
using DsarPlatform.Workflows.Data;

namespace DsarPlatform.Web.Hosting;

public static class HealthHostingExtensions
{
    /// <summary>
    /// What <c>/health/ready</c> checks on the web host: the workflow database, the broker (registered with the bus), the
    /// SMTP server when <c>Email:SmtpHost</c> is set, and in embedded mode each in-process store's database.
    /// </summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddDbContextCheck<DsarDbContext>("database", tags: [HealthEndpoints.ReadyTag]);
        if (builder.Configuration["Email:SmtpHost"] is { Length: > 0 })
            checks.AddCheck<SmtpHealthCheck>("smtp", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
