using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Hosting;

/// <summary>
/// The one place both hosts (web and stores) choose and configure the bus, so the two
/// cannot disagree on retries or endpoint naming. Keys: <c>Bus:Transport</c>,
/// <c>ConnectionStrings:RabbitMq</c> (amqp://user:pass@host:port/vhost).
/// </summary>
public static class MessageBusExtensions
{
    public static BusTransport GetBusTransport(this IConfiguration configuration) =>
        configuration.GetValue("Bus:Transport", BusTransport.InMemory);

    public static IHostApplicationBuilder AddMessageBus(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        var configuration = builder.Configuration;
        var transport = configuration.GetBusTransport();
        var retryLimit = configuration.GetValue("Bus:RetryLimit", 5);
        var concurrency = configuration.GetValue<int?>("Bus:ConcurrentMessageLimit");
        var prefetch = configuration.GetValue<int?>("Bus:PrefetchCount");

        builder.Services.AddSingleton(PayloadKey.Load(configuration));
        builder.Services.AddMassTransit(bus =>
        {
            registerConsumers(bus);
            if (transport == BusTransport.RabbitMq)
            {
                var address = new Uri(configuration.GetConnectionString("RabbitMq")
                    ?? throw new InvalidOperationException("Bus:Transport is RabbitMq but ConnectionStrings:RabbitMq is not set."));
                bus.UsingRabbitMq((context, cfg) =>
                {
                    ConfigureRabbitMqHost(cfg, address);
                    ConfigureCommon(context, cfg, retryLimit, concurrency, prefetch);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => ConfigureCommon(context, cfg, retryLimit, concurrency, prefetch));
            }
        });
        return builder;
    }

    static void ConfigureCommon<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg, int retryLimit, int? concurrency, int? prefetch)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // Messages each endpoint handles at once. SQLite has one writer per file, so more only queue on its lock.
        if (concurrency is { } limit) cfg.ConcurrentMessageLimit = limit;
        if (prefetch is { } count) cfg.PrefetchCount = count;
        // Transient failures retry in the consumer with back-off; what still fails lands in the
        // endpoint's _error queue and the workflow turns it into an incident.
        cfg.UseMessageRetry(r => r.Exponential(retryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
        cfg.ConfigureEndpoints(context);
    }

    static void ConfigureRabbitMqHost(IRabbitMqBusFactoryConfigurator cfg, Uri address)
    {
        var userInfo = Uri.UnescapeDataString(address.UserInfo).Split(':', 2);
        var virtualHost = address.AbsolutePath.Trim('/');
        var port = address.IsDefaultPort || address.Port <= 0 ? 5672 : address.Port;
        cfg.Host(address.Host, (ushort)port, virtualHost.Length == 0 ? "/" : virtualHost, h =>
        {
            if (userInfo[0].Length > 0) h.Username(userInfo[0]);
            if (userInfo.Length > 1) h.Password(userInfo[1]);
        });
    }
}
