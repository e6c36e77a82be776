namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The one honest way to skip for something the machine lacks (a Debian package, an npm install): ignored on a
/// developer machine, failed when <c>CI</c> is set, because CI must never go green by skipping.
/// </summary>
public static class MissingPrerequisite
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void Skip(string message)
    {
        if (InCi) Assert.Fail(message);
        Assert.Ignore(message);
    }
}
