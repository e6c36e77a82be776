using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.SignIn;

/// <summary>Turns queued alerts into emails to the staff member, at most one per throttle window (<see cref="StaffSignInAlerts"/>).</summary>
public sealed class SignInAlertSender(SignInAlertQueue queue, IServiceScopeFactory scopes, SignInThrottleSettings settings,
    ILogger<SignInAlertSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var userId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<StaffSignInAlerts>()
                        .AlertAsync(userId, settings.AlertAfterFailures, settings.Window, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The sign-in alert for staff user {UserId} could not be queued", userId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
