using System.Text.Json;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>R4 on whichever provider the scenario runs: one task id delivered three times, one effect.</summary>
public static class TripleDelivery
{
    public static async Task AssertOneEffectAndThreeIdenticalRepliesAsync(StoreScenario scenario)
    {
        var task = StoreScenario.EraseTask(0);
        await scenario.SendAllAsync([task, task, task], TimeSpan.FromSeconds(30));

        await scenario.Bus.Replies.WaitForAsync([task.TaskId], TimeSpan.FromSeconds(30), each: 3);
        var replies = scenario.Bus.Replies.For(task.TaskId).Select(r => JsonSerializer.Serialize(r)).ToList();
        Assert.That(replies, Has.Count.EqualTo(3));
        Assert.That(replies.Distinct().Count(), Is.EqualTo(1), "the redeliveries are answered with the first outcome");
        Assert.That(scenario.Stores.OutputLines.Count(l => l.Contains($"already processed task {task.TaskId}")), Is.EqualTo(2));
        await scenario.AssertEachTaskHadOneEffectAsync([task]);
    }
}
