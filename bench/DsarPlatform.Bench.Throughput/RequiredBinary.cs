namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for the tests' NUnit-bound guard of the same name, which the linked <c>RabbitMqNode</c> calls:
/// a benchmark has no test to ignore, so a missing binary simply stops it with the package to install.
/// </summary>
public static class RequiredBinary
{
    public static void Check(string path, string aptPackage)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: install the Debian package {aptPackage}");
    }
}
