using System.Collections.ObjectModel;
using System.Diagnostics;

namespace DsarPlatform.Tests.Support;

/// <summary>Spans an in-memory exporter hands over from many threads at once, read as a snapshot.</summary>
public sealed class SpanRecorder : Collection<Activity>
{
    readonly Lock _lock = new();

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_lock) return this.ToList();
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock) base.InsertItem(index, item);
    }
}
