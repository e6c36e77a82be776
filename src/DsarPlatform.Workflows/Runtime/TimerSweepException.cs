namespace DsarPlatform.Workflows.Runtime;

/// <summary>Some due timers could not fire (each is logged with its id); every other due timer did.</summary>
public sealed class TimerSweepException(int failed, int fired)
    : Exception($"{failed} due timer(s) could not fire and will be tried again at the next sweep; {fired} fired.")
{
    public int Failed { get; } = failed;
    public int Fired { get; } = fired;
}
