using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.SignIn;

public static class StaffSignInExtensions
{
    /// <summary>The throttled sign-in, its alerts, and sessions that keep their two-factor proof when Identity refreshes them.</summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, SignInThrottleSettings throttle)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(throttle);
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<SignInAlertQueue>();
        services.AddHostedService<SignInAlertSender>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<StaffSignInAlerts>();
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = StaffTwoFactor.KeepProof);
        return services;
    }
}
