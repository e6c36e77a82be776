using System.Diagnostics;
using System.Diagnostics.Metrics;
using DsarPlatform.Hosting.Telemetry;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace DsarPlatform.Tests.Hosting;

/// <summary>
/// Traces and metrics of one request through the embedded host (in-memory bus, stores in-process), collected by an
/// in-memory exporter: the trace runs from the intake call through the outbox and the bus to a store and back.
/// </summary>
[TestFixture, CancelAfter(180_000)]
public class TelemetryTests
{
    const string Email = "alice@example.com";
    const string FullName = "Alice Example";

    readonly SpanRecorder _spans = new();
    readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    DsarApp _app = null!;
    MeterListener _listener = null!;
    string _reference = null!;

    [OneTimeSetUp]
    public async Task RunOneRequest()
    {
        _app = new DsarApp(settings: new Dictionary<string, string?> { [TelemetryExtensions.EnabledKey] = "true" },
            configure: host => host.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_spans))));
        _ = _app.Services; // start the host before listening, so its meter exists
        _listener = ListenToOurMeter(_app.Services.GetRequiredService<IMeterFactory>());
        _reference = await new DsarApi(_app.CreateClient()).SubmitDeletionAsync("alice.demo", Email, FullName);
        await _app.WaitForQuietAsync();
        await WaitForAnsweredStoreTaskAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _listener.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public void One_trace_spans_the_intake_call_the_workflow_the_bus_a_store_and_the_reply()
    {
        var intake = _spans.Snapshot().Single(s => s.Kind == ActivityKind.Server
            && Equals(s.GetTagItem("http.route"), "/api/requests") && Equals(s.GetTagItem("http.request.method"), "POST"));
        var trace = _spans.Snapshot().Where(s => s.TraceId == intake.TraceId).ToList();

        Assert.That(trace.Select(s => s.DisplayName), Does.Contain("workflow start").And.Contain("outbox send").And.Contain("workflow advance"));
        Assert.That(trace.Where(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Producer), Is.Not.Empty, "a bus send");
        var storeConsume = trace.Where(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer && Mentions(s, "Identify")).ToList();
        var replyConsume = trace.Where(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer && Mentions(s, "StoreTaskCompleted", "StoreTaskResultConsumer")).ToList();
        Assert.That(storeConsume, Is.Not.Empty, "a store consuming its task");
        Assert.That(replyConsume, Is.Not.Empty, "the web host consuming the store's answer");
        Assert.That(trace.Any(s => s.DisplayName == "workflow advance" && HasAncestor(s, trace, replyConsume)), Is.True,
            "the answer advances the workflow in the same trace");
    }

    [Test]
    public void No_span_carries_the_requesters_email_or_name()
    {
        var leaks = _spans.Snapshot()
            .SelectMany(s => s.TagObjects.Select(t => (Span: s.DisplayName, t.Key, Value: Convert.ToString(t.Value) ?? "")).Append((Span: s.DisplayName, Key: "name", Value: s.DisplayName)))
            .Where(t => t.Value.Contains(Email, StringComparison.OrdinalIgnoreCase) || t.Value.Contains("Alice", StringComparison.OrdinalIgnoreCase))
            .Select(t => $"{t.Span}: {t.Key}").Distinct().ToList();

        Assert.That(_spans.Snapshot(), Has.Count.GreaterThan(10), "spans were recorded");
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void Request_and_store_task_metrics_move_and_queue_depth_is_reported()
    {
        _listener.RecordObservableInstruments();
        var measurements = Measurements();

        Assert.That(measurements.Any(m => m.Instrument == WorkflowMetrics.Requests && m.Value == 1
            && Equals(m.Tags["dsar.request.type"], "deletion") && Equals(m.Tags["dsar.request.status"], "received")), Is.True, "the intake counted");
        Assert.That(measurements.Any(m => m.Instrument == StoreTaskMetrics.StoreTaskDuration && Equals(m.Tags["dsar.store"], "directory")), Is.True,
            "the directory's answer timed");
        var pending = _app.InScope(s => s.GetRequiredService<DsarDbContext>().Outbox.Count(m => m.SentAtUtc == null));
        Assert.That(measurements.Last(m => m.Instrument == WorkflowMetrics.OutboxPending).Value, Is.EqualTo(pending));
        Assert.That(measurements.Any(m => m.Instrument == StoreTaskMetrics.StoreTasksOpen), Is.True);
    }

    MeterListener ListenToOurMeter(IMeterFactory factory)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == WorkflowTelemetry.Name && instrument.Meter.Scope == factory) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();
        return listener;
    }

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        lock (_measurements) _measurements.Add((instrument.Name, value, copy));
    }

    List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements()
    {
        lock (_measurements) return _measurements.ToList();
    }

    Task WaitForAnsweredStoreTaskAsync() =>
        Eventually.GetAsync(() => _app.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().StoreTasks.CountAsync(t => t.FinishedAtUtc != null)),
            finished => finished > 0, "a store's answer");

    // The message type (IdentifyAccount, StoreTaskCompleted) or the consumer's type, in a tag or the span's name.
    static bool Mentions(Activity span, params string[] texts) =>
        texts.Any(text => span.DisplayName.Contains(text, StringComparison.Ordinal)
            || span.TagObjects.Any(t => Convert.ToString(t.Value)?.Contains(text, StringComparison.Ordinal) == true));

    static bool HasAncestor(Activity span, IReadOnlyList<Activity> trace, IReadOnlyList<Activity> ancestors)
    {
        var bySpan = trace.ToDictionary(s => s.SpanId);
        for (var current = span; bySpan.TryGetValue(current.ParentSpanId, out var parent); current = parent)
            if (ancestors.Contains(parent)) return true;
        return false;
    }
}
