using System.Security.Cryptography;

namespace DsarPlatform.Tests.Support;

/// <summary>The at-rest keys every in-process test app of this run is given (random per run).</summary>
public static class TestKeys
{
    public static string AtRest { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static string Index { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
