using DsarPlatform.Workflows.Regimes;

namespace DsarPlatform.Tests.Support;

/// <summary>The shipped <c>workflows/regimes.json</c>, loaded and checked as the start-up does.</summary>
public static class ShippedRegimes
{
    public static async Task<RegimeCatalog> LoadAsync()
    {
        var regimes = new RegimeCatalog();
        await regimes.LoadAsync(DefinitionsCopy.Shipped, CancellationToken.None);
        return regimes;
    }
}
