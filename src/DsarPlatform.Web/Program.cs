using DsarPlatform.Hosting.Health;
using DsarPlatform.Hosting.Telemetry;
using DsarPlatform.Web.Api;
using DsarPlatform.Web.Audit;
using DsarPlatform.Web.Development;
using DsarPlatform.Web.Drp;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Web.Security;

if (AuditCommand.TryRun(args) is { } exitCode) return exitCode;
if (MigrateCommand.TryRun(args) is { } migrateExitCode) return migrateExitCode;

var builder = DsarWebHost.CreateBuilder(args);
builder.UseDefaultAddress("http://localhost:5080");
builder.AddDsarDatabase();
builder.AddWorkflows();
builder.AddDataRightsProtocol();
builder.AddStaffAuthentication();
builder.AddDevelopmentTools();
builder.AddPages();
builder.AddAuditChain();
builder.AddWebSecurity();
builder.AddHealth();
builder.AddTelemetry("dsar-web");
builder.AddApiDocument();

var app = builder.Build();
app.UseWebSecurity();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRequestLimits();
app.UseAuthorization();
app.MapHealthEndpoints();
app.MapApiDocument();
app.MapRequestsApi();
app.MapDrpApi();
app.MapStaffActionsApi();
app.MapQueueApi();
app.MapAuthApi();
app.MapRecordsApi();
app.MapDevelopmentApi();
app.MapWorkflowDashboard();
app.MapAuditEvidence();
app.MapRazorPages();
app.Run();
return 0;

/// <summary>Named so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
