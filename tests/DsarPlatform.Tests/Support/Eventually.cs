namespace DsarPlatform.Tests.Support;

/// <summary>Polls a condition that becomes true asynchronously (bus, relay), failing with a description.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> until, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T value;
        while (!until(value = await read()))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}; last seen: {value}");
            await Task.Delay(50);
        }
        return value;
    }
}
