namespace DsarPlatform.Tests.Hosting;

/// <summary>What a host that refused to start said, its inner failures included.</summary>
internal static class SettingFailures
{
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
