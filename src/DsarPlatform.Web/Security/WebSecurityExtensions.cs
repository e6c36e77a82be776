using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Security;

public static class WebSecurityExtensions
{
    /// <summary>
    /// Problem details, hardened cookies (HttpOnly, SameSite, Secure outside Development), HSTS settings and
    /// the per-IP limit on public POSTs, configured from <c>Security</c> (<see cref="SecuritySettings"/>).
    /// </summary>
    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.Configure<SecuritySettings>(builder.Configuration.GetSection("Security"));
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
        });
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secure;
            if (options.Cookie.SameSite is SameSiteMode.None or SameSiteMode.Unspecified) options.Cookie.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        var proxies = ProxySettings.Read(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(proxies.Apply);
        // Fail at start, naming the key, rather than at the first request.
        proxies.Apply(new ForwardedHeadersOptions());

        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<TimeProvider, IOptions<SecuritySettings>>((options, clock, settings) =>
        {
            var limits = settings.Value.RateLimits;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RequestLimits.PartitionFor(context, limits, clock));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>
    /// The security middleware, outermost first: the client's address and scheme from known proxies, headers on every
    /// response, errors as problem details or a page, HSTS and pages only over HTTPS outside Development, the body checks, then the intake's
    /// answer-time floor. Call before static files and auth; the rate limits come after auth (<see cref="UseRequestLimits"/>).
    /// </summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders.AddAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseMiddleware<PagesNeedHttps>();
        }
        app.UseStatusCodePages(context => ErrorResponses.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        app.UseMiddleware<RequestBodyGuard>();
        app.UseMiddleware<IntakeResponseFloor>();
        return app;
    }

    /// <summary>
    /// The rate limits: staff by user id, the public by client address. Call right after <c>UseAuthentication</c>, so the
    /// user is known.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(RequestLimits.IdentifyBearerAsync);
        app.Use(RequestLimits.IdentifyDrpAgentAsync);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Bad requests the server detects while reading (a body over the cap) keep their 4xx; anything else is a 500.</summary>
    static Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        return ErrorResponses.WriteAsync(context, status);
    }

    static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await ErrorResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests);
    }
}
