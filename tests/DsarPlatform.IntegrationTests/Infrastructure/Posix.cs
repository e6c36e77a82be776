using System.Runtime.InteropServices;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>The few libc calls .NET does not expose: signals to a process group, effective uid.</summary>
internal static class Posix
{
    public const int SigTerm = 15;
    public const int SigKill = 9;
    public const int SigQuit = 3;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int SysKill(int pid, int signal);

    [DllImport("libc", EntryPoint = "geteuid")]
    static extern uint SysGetEuid();

    public static bool IsRoot => SysGetEuid() == 0;

    /// <summary>Signals every process in group <paramref name="groupId"/>; false when none is left.</summary>
    public static bool SignalGroup(int groupId, int signal) => groupId > 0 && SysKill(-groupId, signal) == 0;

    public static bool Signal(int pid, int signal) => pid > 0 && SysKill(pid, signal) == 0;
}
