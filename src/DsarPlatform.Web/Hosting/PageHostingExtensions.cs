using DsarPlatform.Web.Audit;
using DsarPlatform.Web.Downloads;
using DsarPlatform.Web.Pages.Shared;
using DsarPlatform.Web.Staff;
using DsarPlatform.Web.Status;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DsarPlatform.Web.Hosting;

public static class PageHostingExtensions
{
    /// <summary>
    /// The Razor Pages, public and staff, and what they read with. Staff pages are closed by folder: agents and auditors
    /// read under /Staff (each action checks the Agent role itself), admins work under /Admin, auditors read the audit console under /Audit.
    /// </summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Staff", StaffAuthenticationExtensions.RequestReaders);
            pages.Conventions.AuthorizeFolder("/Admin", StaffAuthenticationExtensions.Admins);
            pages.Conventions.AuthorizeFolder("/Audit", StaffAuthenticationExtensions.Auditors);
        }).AddMvcOptions(mvc =>
        {
            // No page posts jQuery-style keys ("a[b]"), and their parser throws on a name like "x[" (a 500 the fuzz test found).
            mvc.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            mvc.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });
        builder.Services.AddSingleton<PolicyText>();
        builder.Services.AddSingleton<StatusSession>();
        builder.Services.AddSingleton<DownloadGrant>();
        builder.Services.AddScoped<RequestCaseReader>();
        builder.Services.AddScoped<RecordName>();
        builder.Services.AddScoped<AuditSearch>();
        builder.Services.AddScoped<RequestHistoryReader>();
        return builder;
    }
}
