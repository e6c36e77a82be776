using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Status;
using DsarPlatform.Workflows.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows;

/// <summary>The workflow runtime's services. The host adds the DbContext, the bus and Hangfire.</summary>
public static class WorkflowServiceExtensions
{
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services, IConfiguration configuration, string dataFolder, string exportDrop)
    {
        var mailPickupFolder = Path.Combine(dataFolder, "mail");
        services.AddSingleton(new WorkflowPaths(mailPickupFolder, exportDrop));
        services.AddAccessPackages(configuration, dataFolder);
        services.AddScoped<PackageExpiry>();
        services.AddScoped<PackageDownloads>();
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<DeliverySignal>();
        services.AddScoped<DefinitionLoader>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<DuplicateRequests>();
        services.AddScoped<HolderNotices>();
        services.Configure<StatusLinkOptions>(configuration.GetSection("Security:StatusLinks"));
        services.AddScoped<StatusLinks>();
        services.AddScoped<RequestStatusReader>();
        services.AddScoped<StatusAccess>();
        services.AddScoped<EmailLinkConfirmation>();
        services.AddScoped<DeadlineActions>();
        services.AddScoped<ReviewActions>();
        services.AddScoped<RecoveryActions>();
        services.Configure<IntakeThrottleOptions>(configuration.GetSection("Security:IntakeThrottle"));
        services.AddScoped<IntakeThrottle>();
        services.Configure<OneTimeCodeOptions>(configuration.GetSection("Security:OneTimeCodes"));
        services.AddScoped<OneTimeCodes>();
        services.AddSingleton<TimerSweep>();
        services.AddScoped<DeadlineNotices>();
        services.AddSingleton<StoreTaskDispatcher>();
        services.AddScoped<StoreTaskResults>();
        services.AddScoped<PendingTaskRedispatch>();
        services.AddScoped<OutboxPublisher>();
        services.AddScoped<ReceivedInstances>();
        services.AddScoped<MailDispatcher>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<RequesterNoticeComposer>();
        services.AddSingleton<IMailTransport>(sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost is { Length: > 0 }
                ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp)
                : new PickupFolderMailTransport(mailPickupFolder));
        services.AddHostedService<DeliveryRelay>();

        services.AddScoped<IActivity, MatchAccountActivity>();
        services.AddScoped<IActivity, VerifyIdentityActivity>();
        services.AddScoped<IActivity, DispatchToStoresActivity>();
        services.AddScoped<IActivity, AgentReviewActivity>();
        services.AddScoped<IActivity, NotifySubjectActivity>();
        services.AddScoped<IActivity, CompileAccessPackageActivity>();
        services.AddScoped<IActivity, WaitActivity>();
        services.AddScoped<IActivity, ConfirmDirectoryRemovalActivity>();
        services.AddScoped<IActivity, CompleteActivity>();
        return services;
    }
}
