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
        var client = app.CreateClient();
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
