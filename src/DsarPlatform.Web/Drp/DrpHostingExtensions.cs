namespace DsarPlatform.Web.Drp;

public static class DrpHostingExtensions
{
    /// <summary>The Data Rights Protocol side: settings, the agent directory, the checks, and the callback sender. Call after the database.</summary>
    public static WebApplicationBuilder AddDataRightsProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DrpSettings>(builder.Configuration.GetSection("Drp"));
        builder.Services.AddScoped<DrpGate>();
        builder.Services.AddScoped<DrpExercise>();
        builder.Services.AddScoped<DrpStatusReader>();
        builder.Services.AddScoped<DrpAgentDirectory>();
        builder.Services.AddHostedService<DrpAgentSeeder>();
        builder.Services.AddSingleton<DrpCallbackSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DrpCallbackSender>());
        return builder;
    }
}
