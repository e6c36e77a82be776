using System.Collections.Concurrent;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Last line of defence: every started server registers how to kill it, so a test that forgets
/// to dispose (or a run that ends early) still leaves no process behind.
/// </summary>
internal static class Leftovers
{
    static readonly ConcurrentDictionary<long, Action> Killers = new();
    static long nextId;

    static Leftovers() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static IDisposable Register(Action kill)
    {
        var id = Interlocked.Increment(ref nextId);
        Killers[id] = kill;
        return new Registration(id);
    }

    public static int KillAll()
    {
        var count = 0;
        foreach (var id in Killers.Keys)
        {
            if (!Killers.TryRemove(id, out var kill)) continue;
            count++;
            try { kill(); } catch { /* best effort while shutting down */ }
        }
        return count;
    }

    sealed class Registration(long id) : IDisposable
    {
        public void Dispose() => Killers.TryRemove(id, out _);
    }
}
