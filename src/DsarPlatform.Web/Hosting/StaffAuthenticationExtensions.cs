using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

public static class StaffAuthenticationExtensions
{
    public const string RequestReaders = "RequestReaders";
    public const string RequestWorkers = "RequestWorkers";
    public const string Admins = "Admins";

    /// <summary>
    /// Staff sign in with ASP.NET Core Identity: bearer tokens for the API (<c>POST /api/auth/login</c>)
    /// and cookies for pages. API calls without credentials get 401, never a redirect.
    /// </summary>
    public static WebApplicationBuilder AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        // Tokens and cookies must outlive a restart and be readable by every host: keep the keys in a
        // folder they share (the data folder by default).
        var keys = builder.Configuration["DataProtection:KeysFolder"] ?? Path.Combine(DataFolder.Resolve(builder.Configuration), "keys");
        builder.Services.AddDataProtection().SetApplicationName("DsarPlatform").PersistKeysToFileSystem(new DirectoryInfo(keys));

        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/Account/Login";
                options.Events.OnRedirectToLogin = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            }));

        builder.Services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DsarDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RequestReaders, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Agent, StaffRoles.Auditor))
            .AddPolicy(RequestWorkers, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Agent))
            .AddPolicy(Admins, policy => policy.RequireRole(StaffRoles.Admin));

        // Staff pages: agents and auditors read under /Staff (actions check the Agent role themselves); admins under /Admin.
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Staff", RequestReaders);
            pages.Conventions.AuthorizeFolder("/Admin", Admins);
        });
        return builder;
    }

    static Task Deny(HttpContext context, string redirectUri, int apiStatus)
    {
        // A signed-in member of staff without the role gets 403 on pages too (no redirect loop to the sign-in page).
        if (context.Request.Path.StartsWithSegments("/api") || apiStatus == StatusCodes.Status403Forbidden) context.Response.StatusCode = apiStatus;
        else context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
