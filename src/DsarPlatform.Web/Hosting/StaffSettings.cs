using DsarPlatform.Web.SignIn;

namespace DsarPlatform.Web.Hosting;

/// <summary>Section <c>Staff</c>: how long a console session lasts and how failed sign-ins are slowed.</summary>
public sealed class StaffSettings
{
    /// <summary><c>Staff:IdleTimeout</c>: a session without activity for this long ends (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary><c>Staff:SessionLifetime</c>: a session ends this long after sign-in, however active.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary><c>Staff:SignInThrottle</c>: the growing waits after failed sign-ins (no lock anyone could trigger).</summary>
    public SignInThrottleSettings SignInThrottle { get; set; } = new();

    /// <summary><c>Staff:InvitationLifetime</c>: how long an invitation's set-password link works.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    public static StaffSettings Read(IConfiguration configuration)
    {
        var settings = configuration.GetSection("Staff").Get<StaffSettings>() ?? new StaffSettings();
        Require(settings.IdleTimeout > TimeSpan.Zero, "Staff:IdleTimeout");
        Require(settings.SessionLifetime >= settings.IdleTimeout, "Staff:SessionLifetime");
        foreach (var key in settings.SignInThrottle.Invalid()) Require(false, key);
        Require(settings.InvitationLifetime > TimeSpan.Zero, "Staff:InvitationLifetime");
        return settings;
    }

    static void Require(bool valid, string key)
    {
        if (!valid) throw new InvalidOperationException($"The setting {key} is out of range.");
    }
}
