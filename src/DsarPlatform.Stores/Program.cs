using DsarPlatform.Stores.Hosting;

// The reference stores as their own process: their databases, and their consumers on the bus.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddReferenceStores();
builder.AddMessageBus(bus => bus.AddStoreConsumers(builder.Configuration));
builder.Build().Run();
