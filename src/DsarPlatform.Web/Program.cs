using DsarPlatform.Web.Api;
using DsarPlatform.Web.Development;
using DsarPlatform.Web.Downloads;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Web.Pages.Shared;
using DsarPlatform.Web.Security;
using DsarPlatform.Web.Staff;
using DsarPlatform.Web.Status;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress("http://localhost:5080");
builder.AddDsarDatabase();
builder.AddWorkflows();
builder.AddStaffAuthentication();
builder.AddDevelopmentTools();
builder.Services.AddSingleton<PolicyText>();
builder.Services.AddSingleton<StatusSession>();
builder.Services.AddSingleton<DownloadGrant>();
builder.Services.AddScoped<RequestCaseReader>();
builder.Services.AddScoped<RecordName>();
builder.AddWebSecurity();

var app = builder.Build();
app.UseWebSecurity();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapRequestsApi();
app.MapStaffActionsApi();
app.MapQueueApi();
app.MapAuthApi();
app.MapDevelopmentApi();
app.MapWorkflowDashboard();
app.MapRazorPages();
app.Run();

/// <summary>Named so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
