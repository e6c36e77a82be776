using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Intake;

public sealed class DevelopmentToolsTests
{
    [Test]
    public async Task Dev_endpoints_do_not_exist_outside_Development()
    {
        await using var app = new DsarApp(environment: "Production");
        // Over HTTPS, as Production is reached (over plain HTTP a page answers 426, which would hide the 404 this asserts).
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        try
        {
            Assert.That((await client.GetAsync("/api/dev/mail")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.PostAsJsonAsync("/api/dev/clock/advance", new { by = "P1D" })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.GetAsync("/dev/mail")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }
}
