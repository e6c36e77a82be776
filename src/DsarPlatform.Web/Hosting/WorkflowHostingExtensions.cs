using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using DsarPlatform.Workflows;
using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.StoreTasks;
using Hangfire;
using Hangfire.Dashboard;

namespace DsarPlatform.Web.Hosting;

public static class WorkflowHostingExtensions
{
    public const string WorkflowQueue = "dsar-workflow";
    const int AnswersInFlight = 128;

    /// <summary>
    /// The runtime, its timers (Hangfire, see <see cref="JobHostingExtensions"/>) and the bus. The reference stores run in this process unless
    /// <c>Stores:InProcess</c> says otherwise; by default they do with the in-memory bus and don't with RabbitMQ.
    /// </summary>
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storesInProcess = configuration.StoresInProcess();

        builder.Services.AddSingleton(TimeProvider.System);
        var dataFolder = DataFolder.Resolve(configuration);
        builder.Services.AddWorkflowRuntime(configuration, dataFolder, DataFolder.ExportDrop(configuration));
        // Everything the workflow learns from a store comes over the bus: without the stores in this process, no store database is registered.
        if (storesInProcess) builder.AddReferenceStores();

        builder.AddMessageBus(bus =>
        {
            // Answers wait in a group commit (StoreAnswerBatches) until it is done: enough of them at once make a batch.
            bus.AddConsumer<StoreTaskResultConsumer>().Endpoint(e =>
            {
                e.Name = WorkflowQueue;
                e.PrefetchCount = AnswersInFlight;
                e.ConcurrentMessageLimit = AnswersInFlight;
            });
            bus.AddConsumer<RetainedDataErasedConsumer>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<EraseSubjectData>>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<ExportSubjectData>>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<RectifySubjectData>>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<CheckDirectoryListing>>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<IdentifyAccount>>().Endpoint(e => e.Name = WorkflowQueue);
            bus.AddConsumer<StoreTaskFaultConsumer<ReadSubjectFields>>().Endpoint(e => e.Name = WorkflowQueue);
            if (storesInProcess) bus.AddStoreConsumers();
        });

        builder.AddWorkflowJobs();
        return builder;
    }

    /// <summary><c>Stores:InProcess</c>: whether this host runs the reference stores; by default with the in-memory bus only.</summary>
    public static bool StoresInProcess(this IConfiguration configuration) =>
        configuration.GetValue("Stores:InProcess", configuration.GetBusTransport() == BusTransport.InMemory);

    /// <summary>The Hangfire dashboard at /hangfire, for administrators only.</summary>
    public static WebApplication MapWorkflowDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = Array.Empty<IDashboardAuthorizationFilter>() })
            .RequireAuthorization(StaffAuthenticationExtensions.Admins);
        return app;
    }
}
