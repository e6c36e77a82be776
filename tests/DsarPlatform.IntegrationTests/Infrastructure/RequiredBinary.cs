namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Guards tests that need a program from a Debian package: ignored on a developer machine that
/// lacks it, but failed when <c>CI</c> is set, because CI must never go green by skipping.
/// </summary>
public static class RequiredBinary
{
    public static void Check(string path, string aptPackage)
    {
        if (File.Exists(path)) return;
        var message = $"{path} is missing: install the Debian package {aptPackage}";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(message);
        Assert.Ignore(message);
    }
}
