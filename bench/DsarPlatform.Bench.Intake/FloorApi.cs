namespace DsarPlatform.Bench.Intake;

/// <summary>
/// The floor: a bare minimal API on Kestrel that binds the same JSON body as <c>POST /api/requests</c>, checks the
/// three required fields, writes the three rows and answers 202 with a reference. Nothing else (no middleware, no
/// validation beyond presence, no lookup): what any intake on this machine must at least pay.
/// </summary>
public static class FloorApi
{
    public static async Task RunAsync(int port, string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        Directory.CreateDirectory(folder);
        var database = new FloorDatabase(Path.Combine(folder, "floor.db"));
        await database.CreateAsync();

        app.MapGet("/", () => "floor");
        app.MapPost("/api/requests", async (FloorSubmission submission, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(submission.Type) || string.IsNullOrWhiteSpace(submission.Email) || string.IsNullOrWhiteSpace(submission.FullName))
                return Results.BadRequest();
            var reference = await database.RecordAsync(submission, cancellationToken);
            return Results.Accepted($"/api/requests/{reference}", new { reference });
        });
        await app.RunAsync();
    }
}
