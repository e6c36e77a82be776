using System.Xml;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Waits the step's ISO-8601 duration on a durable timer.</summary>
public sealed class WaitActivity : IActivity
{
    public string Name => "Wait";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        var duration = XmlConvert.ToTimeSpan(context.Step.Duration
            ?? throw new InvalidOperationException($"Step '{context.Step.Name}' has no duration."));
        var timer = context.ScheduleTimer(context.NowUtc + duration, context.Step.Name);
        context.Journal("WaitStarted", $"until {timer.DueAtUtc:O}: {context.Step.Reason}");
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Timer, timer.Id.ToString()));
    }
}
