using DsarPlatform.Hosting.Health;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Hosting;

/// <summary>
/// The one place both hosts (web and stores) choose and configure the bus, so the two
/// cannot disagree on retries or endpoint naming. Keys: section <c>Bus</c> (<see cref="BusOptions"/>),
/// <c>ConnectionStrings:RabbitMq</c> (amqp://user:pass@host:port/vhost).
/// </summary>
public static class MessageBusExtensions
{
    public const string RabbitMqConnectionName = "RabbitMq";
    const string MissingRabbitMqConnection = "Bus:Transport is RabbitMq but ConnectionStrings:RabbitMq is not set.";

    /// <summary><c>Bus:Transport</c>; an unknown value stops the host, naming the key.</summary>
    public static BusTransport GetBusTransport(this IConfiguration configuration) =>
        configuration.GetValue("Bus:Transport", BusTransport.InMemory);

    public static IHostApplicationBuilder AddMessageBus(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section)
            .Validate(o => o.RetryLimit >= 0, "Bus:RetryLimit must be 0 or more.")
            .Validate(o => o.ConcurrentMessageLimit is null or > 0, "Bus:ConcurrentMessageLimit must be more than 0.")
            .Validate(o => o.PrefetchCount is null or > 0, "Bus:PrefetchCount must be more than 0.")
            .Validate(o => string.IsNullOrEmpty(o.PayloadKey) || PayloadKey.IsKey(o.PayloadKey), "Bus:PayloadKey must be 32 bytes in base64.")
            .Validate<IConfiguration>((o, c) => o.Transport != BusTransport.RabbitMq || !string.IsNullOrEmpty(c.GetConnectionString(RabbitMqConnectionName)),
                MissingRabbitMqConnection)
            .ValidateOnStart();
        builder.Services.AddSingleton(_ => PayloadKey.Load(configuration));
        if (configuration.GetBusTransport() == BusTransport.RabbitMq
            && Uri.TryCreate(configuration.GetConnectionString(RabbitMqConnectionName), UriKind.Absolute, out var broker))
        {
            var port = broker.IsDefaultPort || broker.Port <= 0 ? 5672 : broker.Port;
            builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(BrokerConnectionCheck.Name,
                _ => new BrokerConnectionCheck(broker.Host, port, TimeSpan.FromSeconds(2)), HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag]));
        }
        builder.Services.AddMassTransit(bus =>
        {
            registerConsumers(bus);
            // MassTransit's own check (bus started, endpoints ready), under the name the probe answers with.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "broker";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
                health.Tags.Add(HealthEndpoints.ReadyTag);
            });
            if (configuration.GetBusTransport() == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    // MassTransit may build the bus before the options are validated, so this says it too.
                    var address = configuration.GetConnectionString(RabbitMqConnectionName) is { Length: > 0 } configured
                        ? configured
                        : throw new InvalidOperationException(MissingRabbitMqConnection);
                    ConfigureRabbitMqHost(cfg, new Uri(address));
                    ConfigureCommon(context, cfg);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => ConfigureCommon(context, cfg));
            }
        });
        return builder;
    }

    static void ConfigureCommon<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        var options = context.GetRequiredService<IOptions<BusOptions>>().Value;
        // Messages each endpoint handles at once. SQLite has one writer per file, so more only queue on its lock.
        if (options.ConcurrentMessageLimit is { } limit) cfg.ConcurrentMessageLimit = limit;
        if (options.PrefetchCount is { } count) cfg.PrefetchCount = count;
        // Transient failures retry in the consumer with back-off; what still fails lands in the
        // endpoint's _error queue and the workflow turns it into an incident. A disposed service provider is the host
        // going away, never transient: the in-memory bus still hands out what it holds after the host has stopped, and
        // retrying each message made a stop with a backlog take minutes (those messages are sent again at the next start).
        cfg.UseMessageRetry(r =>
        {
            r.Ignore<ObjectDisposedException>();
            r.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));
        });
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
