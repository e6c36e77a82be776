using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DsarPlatform.Web.Audit;

public static class AuditChainExtensions
{
    /// <summary>
    /// The audit chain in the web host: what the CLI uses (<see cref="AddAuditCore"/>), plus this host's sealer and
    /// the record of auditors' views of requests under /Audit.
    /// </summary>
    public static WebApplicationBuilder AddAuditChain(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuditCore(builder.Configuration);
        var signal = new AuditSealSignal();
        builder.Services.AddSingleton(signal);
        builder.Services.ConfigureDbContext<DsarDbContext>(options => options.AddInterceptors(signal));
        builder.Services.AddHostedService<AuditChainService>();
        builder.Services.AddSingleton<AuditRecorder>();
        builder.Services.AddScoped<AuditProofReader>();
        builder.Services.AddScoped<EvidenceExport>();
        builder.Services.Configure<RazorPagesOptions>(pages =>
            pages.Conventions.AddFolderApplicationModelConvention("/Audit", page => page.Filters.Add(new AuditViewPageFilter())));
        return builder;
    }

    /// <summary>Settings, key, checkpoint folder, checkpoints and verifier: everything <c>audit verify</c> needs besides the database.</summary>
    public static IServiceCollection AddAuditCore(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuditSettings.Read(configuration);
        services.AddSingleton(settings);
        // The key file is made on first use, not at start: a host that never signs or verifies needs none.
        services.AddSingleton(_ => AuditSigningKey.Load(settings.SigningKey, settings.PublicKey, settings.SigningKeyFile!));
        services.AddSingleton(new AuditCheckpointFolder(settings.CheckpointFolder!));
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton<AuditVerifier>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
