using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Wording;

/// <summary>
/// What one request type means in the requester's words, rendered from <c>templates/requests/&lt;type&gt;.liquid</c>.
/// A sentence the template lacks throws when asked for: an unknown type never borrows another type's words.
/// </summary>
public sealed class RequestWording(RequestType type, IReadOnlyDictionary<string, string> sentences)
{
    /// <summary>Sentences every type has.</summary>
    public static readonly IReadOnlyList<string> Always = ["describe", "verb", "next_steps", "outcome"];

    /// <summary>Sentences a type needs when its workflow sends work to the stores (DispatchToStores).</summary>
    public static readonly IReadOnlyList<string> ForStoreWork = ["store_work"];

    /// <summary>Sentences a type needs when its workflow waits (Wait).</summary>
    public static readonly IReadOnlyList<string> ForWait = ["wait_stage", "wait_for", "wait_started"];

    public static IEnumerable<string> Names => Always.Concat(ForStoreWork).Concat(ForWait);

    public RequestType Type => type;

    /// <summary>"delete personal data": what was asked, after "a request to" or "You asked us to".</summary>
    public string Describe => Sentence("describe");

    /// <summary>The verb alone: "delete".</summary>
    public string Verb => Sentence("verb");

    /// <summary>The receipt's paragraph on what happens next.</summary>
    public string NextSteps => Sentence("next_steps");

    /// <summary>The status page's line once the request was carried out.</summary>
    public string Outcome => Sentence("outcome");

    /// <summary>The status page's stage while the stores work: "Deleting your data from our systems".</summary>
    public string StoreWork => Sentence("store_work");

    public string WaitStage => Sentence("wait_stage");

    /// <summary>What the request waits for during the Wait step, with its end date when known.</summary>
    public string WaitFor => Sentence("wait_for");

    /// <summary>The history line when the wait starts.</summary>
    public string WaitStarted => Sentence("wait_started");

    /// <summary>The sentences a type's template must hold for its workflow's steps.</summary>
    public static IEnumerable<string> Needed(WorkflowDefinition? definition)
    {
        var needed = Always.AsEnumerable();
        if (definition?.Steps.Any(s => s.Activity == "DispatchToStores") == true) needed = needed.Concat(ForStoreWork);
        if (definition?.Steps.Any(s => s.Activity == "Wait") == true) needed = needed.Concat(ForWait);
        return needed;
    }

    public string Sentence(string name) =>
        sentences.TryGetValue(name, out var sentence) && sentence.Length > 0
            ? sentence
            : throw new InvalidOperationException(
                $"templates/requests/{type.Key()}.liquid has no '{name}' sentence: add {{% capture {name} %}}…{{% endcapture %}}.");
}
