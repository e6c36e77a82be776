namespace DsarPlatform.Tests.Hosting;

/// <summary>What a host that refused to start said, its inner failures included.</summary>
internal static class SettingFailures
{
    /// <summary>
    /// Why a web host with these settings refused to start. WebApplicationFactory runs the app's entry point on its own
    /// thread: when the app fails at start, the factory can lose the race to the app disposing its services and report
    /// that instead (ObjectDisposedException, seen once in CI); only then is a fresh host tried again.
    /// </summary>
    public static Exception WebHostStartFailure(Dictionary<string, string?> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            var app = new Support.DsarApp(settings: settings);
            try
            {
                var failure = Assert.Catch(() => app.CreateClient());
                if (failure is not ObjectDisposedException || attempt == 3) return failure!;
            }
            finally
            {
                app.Dispose();
                app.DeleteDataFolder();
            }
        }
    }

    public static string Messages(Exception? failure)
    {
        var messages = new List<string>();
        for (; failure is not null; failure = failure.InnerException)
        {
            messages.Add(failure.Message);
            if (failure is AggregateException aggregate) messages.AddRange(aggregate.InnerExceptions.Select(Messages));
        }
        return string.Join(" | ", messages);
    }
}
