using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Packages;

/// <summary>Access packages: the builder, and the vault in <c>Packages:Folder</c> (default <c>{dataFolder}/packages</c>).</summary>
public static class PackageServiceExtensions
{
    public static IServiceCollection AddAccessPackages(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.Configure<AccessReportOptions>(configuration.GetSection("Packages:Report"));
        services.AddSingleton<AccessPackageBuilder>();
        services.AddSingleton(_ => new PackageVault(
            PackageKey.Load(configuration, dataFolder),
            configuration["Packages:Folder"] is { Length: > 0 } folder ? folder : Path.Combine(dataFolder, "packages")));
        return services;
    }
}
