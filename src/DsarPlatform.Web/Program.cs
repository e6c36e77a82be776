using DsarPlatform.Web.Api;
using DsarPlatform.Web.Development;
using DsarPlatform.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress("http://localhost:5080");
builder.AddDsarDatabase();
builder.AddWorkflows();
builder.AddStaffAuthentication();
builder.AddDevelopmentTools();
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapRequestsApi();
app.MapStaffActionsApi();
app.MapAuthApi();
app.MapDevelopmentApi();
app.MapWorkflowDashboard();
app.MapRazorPages();
app.Run();

/// <summary>Named so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
