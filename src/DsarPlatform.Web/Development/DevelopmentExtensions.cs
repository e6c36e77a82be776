using System.Xml;
using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Development;

public static class DevelopmentExtensions
{
    /// <summary>In Development: the adjustable clock and the mailbox. Nothing of this exists elsewhere.</summary>
    public static WebApplicationBuilder AddDevelopmentTools(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment()) return builder;
        var offsetFile = Path.Combine(DataFolder.Resolve(builder.Configuration), "dev-clock-offset");
        builder.Services.AddSingleton(new AdjustableTimeProvider(TimeProvider.System, offsetFile));
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<AdjustableTimeProvider>());
        builder.Services.AddSingleton<DevMailbox>();
        return builder;
    }

    /// <summary><c>GET /api/dev/mail</c> and <c>POST /api/dev/clock/advance</c>; not mapped (404) outside Development.</summary>
    public static WebApplication MapDevelopmentApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return app;
        var dev = app.MapGroup("/api/dev").AllowAnonymous().DisableAntiforgery();
        dev.MapGet("/mail", (DevMailbox mailbox, CancellationToken ct) => mailbox.ReadAsync(ct));
        dev.MapPost("/clock/advance", AdvanceClockAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Moves the clock forward by an ISO-8601 duration, then fires what became due: timers, the records purge, the leftovers sweep.</summary>
    static async Task<IResult> AdvanceClockAsync(ClockAdvance body, TimeProvider clock, TimerSweep sweep, RecordsPurge purge,
        ClosedRequestLeftovers leftovers, CancellationToken ct)
    {
        if (clock is not AdjustableTimeProvider adjustable) return Results.Problem("This clock cannot be moved.", statusCode: StatusCodes.Status409Conflict);
        TimeSpan by;
        try
        {
            by = XmlConvert.ToTimeSpan(body.By ?? "");
        }
        catch (FormatException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["by"] = ["Give an ISO-8601 duration such as P14D or PT1H."] });
        }
        if (by <= TimeSpan.Zero) return Results.ValidationProblem(new Dictionary<string, string[]> { ["by"] = ["The clock only moves forward."] });
        var now = adjustable.Advance(by);
        await sweep.RunAsync(ct);
        await purge.RunAsync(ct);
        await leftovers.RunAsync(ct);
        return Results.Ok(new { nowUtc = now.UtcDateTime });
    }
}
