using System.Text;
using System.Text.Json;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// The one way evidence becomes bytes: fixed JSON (and HTML rendered from it), so a checker re-renders what it read and
/// any changed byte shows. The JSON escapes &lt; and &gt;, so it sits safely inside the HTML's script element.
/// </summary>
public static class EvidenceFormat
{
    const string ScriptOpen = "<script type=\"application/json\" id=\"evidence\">";
    const string ScriptClose = "</script>";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(EvidenceDocument document) => JsonSerializer.Serialize(document, Json) + "\n";

    public static string ToHtml(EvidenceDocument document) => EvidenceHtml.Render(document, ScriptOpen + ToJson(document) + ScriptClose);

    /// <summary>Reads a .json or .html evidence file; null when it is not one, or when re-rendering it does not give the same bytes.</summary>
    public static (EvidenceDocument? Document, string? Problem) Read(string fileName, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var html = fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        var json = html ? Embedded(text) : text;
        if (json is null) return (null, "The HTML file has no embedded evidence.");
        EvidenceDocument? document;
        try { document = JsonSerializer.Deserialize<EvidenceDocument>(json, Json); }
        catch (JsonException e) { return (null, $"The evidence does not parse: {e.Message}"); }
        if (document is null || document.Format != EvidenceDocument.CurrentFormat || document.Request is null || document.Entries is null
            || document.Links is null || document.Checkpoint is null)
            return (null, "The file is not DSAR audit evidence.");
        var rendered = Encoding.UTF8.GetBytes(html ? ToHtml(document) : ToJson(document));
        return rendered.AsSpan().SequenceEqual(bytes) ? (document, null) : (null, "The file differs from the evidence it contains (it was changed).");
    }

    static string? Embedded(string html)
    {
        var start = html.IndexOf(ScriptOpen, StringComparison.Ordinal);
        if (start < 0) return null;
        start += ScriptOpen.Length;
        var end = html.IndexOf(ScriptClose, start, StringComparison.Ordinal);
        return end < 0 ? null : html[start..end];
    }
}
