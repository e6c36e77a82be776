using DsarPlatform.Hosting;
using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

public static class StaffAuthenticationExtensions
{
    public const string RequestReaders = "RequestReaders";
    public const string RequestWorkers = "RequestWorkers";
    public const string Admins = "Admins";
    public const string Auditors = "Auditors";

    /// <summary>
    /// Staff sign in with ASP.NET Core Identity: bearer tokens for the API (<c>POST /api/auth/login</c>)
    /// and cookies for pages, or through the organisation's OpenID Connect provider when configured. API calls
    /// without credentials get 401, never a redirect. Sessions and lockouts run on the application's clock.
    /// </summary>
    public static WebApplicationBuilder AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var staff = StaffSettings.Read(builder.Configuration);

        // Tokens and cookies must outlive a restart and be readable by every host: keep the keys in a
        // folder they share (the data folder by default).
        var keys = builder.Configuration["DataProtection:KeysFolder"] ?? Path.Combine(DataFolder.Resolve(builder.Configuration), "keys");
        builder.Services.AddDataProtection().SetApplicationName("DsarPlatform").PersistKeysToFileSystem(new DirectoryInfo(keys))
            .ProtectKeysAtRest(builder.Configuration);

        var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure<TimeProvider>((options, clock) =>
            {
                // Expiry is measured by the application's clock, like every other deadline in the product.
                options.TimeProvider = clock;
                options.ExpireTimeSpan = staff.IdleTimeout;
                options.SlidingExpiration = true;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/Account/Login";
                StaffSessionLifetime.Apply(options.Events, staff.SessionLifetime, clock);
                options.Events.OnRedirectToLogin = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            }));
        authentication.AddOrganisationSignIn(builder.Configuration);

        builder.Services.AddIdentityCore<StaffUser>(options =>
            {
                options.Password.RequiredLength = 12;
                // Failures never lock an account (anyone could lock staff out): StaffSignIn throttles them instead. Only
                // an administrator's lock (LockoutEnd) keeps someone out.
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                options.User.RequireUniqueEmail = true;
                options.Tokens.PasswordResetTokenProvider = StaffInvitationTokenProvider.Name;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DsarDbContext>()
            // The same store under a type StaffUserManager.DeferSaves can name.
            .AddUserStore<UserStore<StaffUser, IdentityRole, DsarDbContext>>()
            .AddUserManager<StaffUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<StaffInvitationTokenProvider>(StaffInvitationTokenProvider.Name);
        builder.Services.Configure<StaffInvitationOptions>(options => options.Lifetime = staff.InvitationLifetime);
        builder.Services.AddScoped<StaffAccountActions>();
        builder.Services.AddStaffSignIn(staff.SignInThrottle);
        builder.Services.AddScoped<OrganisationAccounts>();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RequestReaders, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Agent, StaffRoles.Auditor))
            .AddPolicy(RequestWorkers, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Agent))
            .AddPolicy(Admins, policy => policy.RequireRole(StaffRoles.Admin).RequireAssertion(context => StaffTwoFactor.IsProven(context.User)))
            .AddPolicy(Auditors, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Auditor));
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
