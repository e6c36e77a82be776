namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Guards tests that need a program from a Debian package (see <see cref="MissingPrerequisite"/>).
/// </summary>
public static class RequiredBinary
{
    public static void Check(string path, string aptPackage)
    {
        if (!File.Exists(path)) MissingPrerequisite.Skip($"{path} is missing: install the Debian package {aptPackage}");
    }
}
