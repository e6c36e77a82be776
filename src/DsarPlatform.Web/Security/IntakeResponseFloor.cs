using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Holds every answer to a new request (the API and the three forms) until <c>Security:IntakeResponseFloor</c> has
/// passed since it arrived. Off by default: intake answers before the account is looked up, so its timing cannot
/// depend on a match (before that change: 8 ms median when nothing matched, 12–13 ms when an account did). Kept for
/// operators who want every answer to take the same time anyway.
/// </summary>
sealed class IntakeResponseFloor(RequestDelegate next, IOptions<SecuritySettings> settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        var floor = settings.Value.IntakeResponseFloor;
        if (floor > TimeSpan.Zero && PublicEndpoints.IsIntake(context.Request))
        {
            // Real elapsed time on purpose, not the application clock: the padding is about what a caller can measure.
            var arrived = TimeProvider.System.GetTimestamp();
            context.Response.OnStarting(() => WaitUntilAsync(arrived, floor));
        }
        return next(context);
    }

    /// <summary>Timers truncate to whole milliseconds and may fire a little early: wait again until the floor has really passed.</summary>
    static async Task WaitUntilAsync(long arrived, TimeSpan floor)
    {
        for (var remaining = floor - TimeProvider.System.GetElapsedTime(arrived); remaining > TimeSpan.Zero;
             remaining = floor - TimeProvider.System.GetElapsedTime(arrived))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)));
        }
    }
}
