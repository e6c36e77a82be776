using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.Status;
using DsarPlatform.Workflows.StoreTasks;
using DsarPlatform.Workflows.Verification;
using DsarPlatform.Workflows.Wording;
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
        services.AddScoped<ITimerHandler>(sp => sp.GetRequiredService<PackageExpiry>());
        services.AddScoped<PackageDownloads>();
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<Regimes.RegimeCatalog>();
        services.AddSingleton<DeliverySignal>();
        services.AddScoped<DefinitionLoader>();
        services.AddScoped<IWorkflowDbContext>(sp => sp.GetRequiredService<DsarDbContext>());
        services.AddScoped<IWorkflowLifecycle, RequestClosing>();
        services.AddSingleton<Packages.RequestExportFolders>();
        services.AddSingleton<Data.DatabaseCheckpoint>();
        services.AddSingleton<ClosedRequestLeftovers>();
        services.AddScoped<WorkflowEngine>();
        services.AddSingleton<WorkflowMetrics>();
        services.AddSingleton<StoreTaskMetrics>();
        services.AddScoped<RequestIntake>();
        services.AddSingleton<IntakeCommits>();
        services.AddScoped<DuplicateRequests>();
        services.AddScoped<HolderNotices>();
        services.Configure<StatusLinkOptions>(configuration.GetSection("Security:StatusLinks"));
        services.AddScoped<StatusLinks>();
        services.AddScoped<RequestStatusReader>();
        services.AddScoped<StatusAccess>();
        services.AddScoped<EmailLinkConfirmation>();
        services.AddScoped<VerificationLinks>();
        services.AddScoped<VerificationTimers>();
        services.AddScoped<ITimerHandler>(sp => sp.GetRequiredService<VerificationTimers>());
        services.AddScoped<DeadlineActions>();
        services.AddScoped<ReviewActions>();
        services.AddScoped<Appeals.AppealFiling>();
        services.AddScoped<Appeals.AppealActions>();
        services.AddScoped<NoteActions>();
        services.AddScoped<RecoveryActions>();
        services.AddScoped<Drp.DrpRevocation>();
        services.AddScoped<AssignmentActions>();
        services.AddScoped<Staff.RequestQueue>();
        services.Configure<IntakeThrottleOptions>(configuration.GetSection("Security:IntakeThrottle"));
        services.AddScoped<IntakeThrottle>();
        services.Configure<OneTimeCodeOptions>(configuration.GetSection("Security:OneTimeCodes"));
        services.Configure<DownloadOptions>(configuration.GetSection("Downloads"));
        services.AddScoped<OneTimeCodes>();
        services.AddSingleton<TimerSweep>();
        services.AddSingleton<Records.RecordsPurge>();
        services.AddScoped<Records.RecordsReport>();
        services.AddScoped<Records.MetricsReport>();
        services.AddScoped<DeadlineNotices>();
        services.AddScoped<ITimerHandler>(sp => sp.GetRequiredService<DeadlineNotices>());
        services.AddSingleton<ReceiptConfirmations>();
        services.AddScoped<ITimerHandler, ReceiptConfirmationCheck>();
        services.AddSingleton<StoreTaskDispatcher>();
        services.AddScoped<StoreTaskResults>();
        services.AddScoped<ITimerHandler>(sp => sp.GetRequiredService<StoreTaskResults>());
        services.AddSingleton<StoreAnswerBatches>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreAnswerBatches>());
        services.AddScoped<PendingTaskRedispatch>();
        services.AddSingleton(new OutboxMessageTypes(typeof(IStoreTask).Assembly));
        services.AddScoped<OutboxPublisher>();
        // Delivery steps, each in its own relay loop: first steps of received instances, bus messages, emails.
        services.AddScoped<ReceivedInstances>();
        services.AddScoped<IDeliveryStep>(sp => sp.GetRequiredService<ReceivedInstances>());
        services.AddScoped<IDeliveryStep>(sp => sp.GetRequiredService<OutboxPublisher>());
        services.AddSingleton<MailDispatchGate>();
        services.AddScoped<MailDispatcher>();
        services.AddScoped<IDeliveryStep>(sp => sp.GetRequiredService<MailDispatcher>());
        services.AddSingleton(sp => new EmailTemplates(TemplatesFolder(sp)));
        services.AddSingleton(sp => new RequestWordings(TemplatesFolder(sp)));
        services.AddSingleton(sp => new DenialTexts(TemplatesFolder(sp)));
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<Appeals.AppealEmails>();
        services.AddSingleton<RequesterNoticeComposer>();
        services.AddSingleton<StaffEmailComposer>();
        services.Configure<StaffNoticeOptions>(configuration.GetSection("Staff"));
        services.AddSingleton<IMailTransport>(sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost is { Length: > 0 }
                ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp)
                : new PickupFolderMailTransport(mailPickupFolder));
        services.AddHostedService<DeliveryRelay>();

        services.AddScoped<RequestStepContexts>();
        services.AddScoped<IActivity, MatchAccountActivity>();
        services.AddScoped<IActivity, OncePerCalendarYearActivity>();
        services.AddScoped<IActivity, VerifyIdentityActivity>();
        services.AddScoped<IActivity, DispatchToStoresActivity>();
        services.AddScoped<IActivity, AgentReviewActivity>();
        services.AddScoped<IActivity, NotifySubjectActivity>();
        services.AddScoped<IActivity, CompileAccessPackageActivity>();
        services.AddScoped<IActivity, WaitActivity>();
        services.AddScoped<IActivity, ConfirmDirectoryRemovalActivity>();
        services.AddScoped<IActivity, CompleteActivity>();
        services.AddScoped<IActivity, DecideAppealActivity>();
        return services;
    }

    /// <summary>The requester-facing wording (<c>templates/</c>, shipped beside the binaries; <c>Templates:Folder</c> to use another).</summary>
    static string TemplatesFolder(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["Templates:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "templates");
}
