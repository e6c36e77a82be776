namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>Polls a condition the test cannot be told about (e.g. progress in another process).</summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Condition not met within {timeout}.");
            await Task.Delay(20);
        }
    }
}
