using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests;

/// <summary>Kills any server a test started but did not dispose, once all tests have run.</summary>
[SetUpFixture]
public sealed class LeftoverProcessGuard
{
    [OneTimeTearDown]
    public void KillLeftovers()
    {
        var killed = Leftovers.KillAll();
        if (killed > 0) TestContext.Progress.WriteLine($"Killed {killed} server(s) a test did not stop.");
    }
}
