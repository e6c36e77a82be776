using System.Net.Http.Json;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// Posts the queued status callbacks (<see cref="DrpCallback"/>): the request's current Exercise Status object to its
/// <c>status_callback</c>, until the agent answers 200. A failure waits <see cref="DrpSettings.CallbackFirstRetryDelay"/>,
/// doubling up to <see cref="DrpSettings.CallbackMaxRetryDelay"/>; after <see cref="DrpSettings.CallbackAttemptsBeforeIncident"/>
/// failures staff see an incident (<see cref="DrpCallbackIncidents"/>) while the retries go on. No redirect is followed
/// (see <see cref="DrpCallbackAddress"/>). The call carries no bearer token: the spec defines none for callbacks and we
/// keep agents' tokens only as hashes. Several hosts may send the same status twice; agents take the latest.
/// </summary>
public sealed class DrpCallbackSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DrpSettings> settings,
    ILogger<DrpCallbackSender> logger) : BackgroundService
{
    const int Batch = 20;
    readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false })
    {
        Timeout = settings.Value.CallbackTimeout,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Without a business id no agent request is taken, so none is ever called back.
        if (string.IsNullOrEmpty(settings.Value.BusinessId)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0) { }
                await Task.Delay(settings.Value.CallbackPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("DRP status callbacks failed, will retry: {ExceptionType}", exception.GetType().FullName);
                await Task.Delay(settings.Value.CallbackPollInterval, stoppingToken);
            }
        }
    }

    /// <returns>How many DRP requests were called back (delivered or not) this round.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var statuses = scope.ServiceProvider.GetRequiredService<DrpStatusReader>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.DrpUsedSignatures.Where(s => s.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);
        var due = await db.DrpCallbacks
            .Where(c => c.DeliveredAtUtc == null && (c.NextAttemptAtUtc == null || c.NextAttemptAtUtc <= now))
            .OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
        var groups = due.GroupBy(c => c.DrpRequestId).ToList();
        foreach (var group in groups)
        {
            var drp = await db.DrpRequests.SingleAsync(d => d.Id == group.Key, cancellationToken);
            var failure = drp.StatusCallback is null ? null : await PostAsync(drp.StatusCallback, await statuses.ReadAsync(drp, cancellationToken), cancellationToken);
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var callback in group)
            {
                if (failure is null)
                {
                    callback.DeliveredAtUtc = at;
                    continue;
                }
                callback.Attempts++;
                callback.LastFailure = failure;
                callback.NextAttemptAtUtc = at + RetryDelay(callback.Attempts);
            }
            var attempts = group.Max(c => c.Attempts);
            if (failure is null) await DrpCallbackIncidents.ResolveAsync(db, drp, at, cancellationToken);
            else if (attempts >= settings.Value.CallbackAttemptsBeforeIncident && group.All(c => !c.IncidentRaised))
            {
                await DrpCallbackIncidents.RaiseAsync(db, drp, failure, attempts, at, cancellationToken);
                foreach (var callback in group) callback.IncidentRaised = true;
            }
            if (failure is not null) logger.LogInformation("DRP status callback for {DrpRequestId} failed ({Failure}), attempt {Attempts}", drp.Id, failure, attempts);
            await db.SaveChangesAsync(cancellationToken);
        }
        return groups.Count;
    }

    /// <returns>Null when the agent answered 200; else what failed (a status code or an exception type).</returns>
    async Task<string?> PostAsync(string url, DrpStatus status, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.PostAsJsonAsync(url, status, cancellationToken);
            return response.StatusCode == System.Net.HttpStatusCode.OK ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return exception.GetType().Name;
        }
    }

    TimeSpan RetryDelay(int attempts)
    {
        var delay = settings.Value.CallbackFirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < settings.Value.CallbackMaxRetryDelay ? delay : settings.Value.CallbackMaxRetryDelay;
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
