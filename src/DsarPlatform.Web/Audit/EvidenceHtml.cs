using System.Text;
using System.Text.Encodings.Web;

namespace DsarPlatform.Web.Audit;

/// <summary>The evidence as a readable, self-contained page: facts, timeline, proof, and the JSON it was drawn from.</summary>
public static class EvidenceHtml
{
    static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    public static string Render(EvidenceDocument d, string embeddedJson)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>Audit evidence for request {E(d.Request.Reference)}</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}code{word-break:break-all}</style>\n")
            .Append("</head>\n<body>\n<main>\n")
            .Append($"<h1>Audit evidence for request {E(d.Request.Reference)}</h1>\n")
            .Append("<p>Check this file offline with <code>dsar audit verify --evidence FILE</code>: it recomputes every hash below, checks the checkpoint's signature with your configured public key, and rejects the file if any byte was changed.</p>\n");
        Facts(html, d.Request);
        Timeline(html, d.Entries);
        Proof(html, d);
        html.Append("</main>\n").Append(embeddedJson).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    static void Facts(StringBuilder html, EvidenceFacts f)
    {
        html.Append("<h2>The request</h2>\n<table>\n<tbody>\n");
        Row(html, "Request id", f.Id);
        Row(html, "Reference", f.Reference);
        Row(html, "Type", f.Type);
        Row(html, "Channel", f.Channel);
        Row(html, "Received (UTC)", f.ReceivedUtc);
        Row(html, "Due (UTC)", f.DueUtc);
        Row(html, "Verified (UTC)", f.VerifiedUtc);
        Row(html, "Extended (UTC)", f.ExtendedUtc);
        Row(html, "Outcome", f.Outcome);
        Row(html, "Denial code", f.DenialCode);
        Row(html, "Closed (UTC)", f.ClosedUtc);
        html.Append("</tbody>\n</table>\n");
    }

    static void Row(StringBuilder html, string label, string? value) =>
        html.Append($"<tr><th scope=\"row\">{E(label)}</th><td>{E(value ?? "-")}</td></tr>\n");

    static void Timeline(StringBuilder html, IReadOnlyList<EvidenceEntry> entries)
    {
        html.Append("<h2>Timeline</h2>\n<table>\n<caption>The request's entries in the audit chain</caption>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Entry</th><th scope=\"col\">When (UTC)</th><th scope=\"col\">Kind</th><th scope=\"col\">Step</th>")
            .Append("<th scope=\"col\">Event</th><th scope=\"col\">Actor</th><th scope=\"col\">Role</th><th scope=\"col\">Detail</th><th scope=\"col\">Hash</th></tr>\n</thead>\n<tbody>\n");
        foreach (var e in entries)
            html.Append($"<tr><td>{e.Seq}</td><td>{E(e.AtUtc)}</td><td>{E(e.Kind)}</td><td>{E(e.Step ?? "")}</td><td>{E(e.Event)}</td>")
                .Append($"<td>{E(e.Actor)}</td><td>{E(e.Role)}</td><td>{E(e.Detail ?? "")}</td><td><code>{E(e.Hash)}</code></td></tr>\n");
        html.Append("</tbody>\n</table>\n");
    }

    static void Proof(StringBuilder html, EvidenceDocument d)
    {
        var c = d.Checkpoint;
        html.Append("<h2>Proof</h2>\n")
            .Append($"<p>{d.Links.Count} link hashes lead from entry {d.Links.FirstOrDefault()?.Seq} (after <code>{E(d.PreviousHash)}</code>) to the signed checkpoint at entry {c.Seq}. ")
            .Append($"The request's facts have the SHA-256 <code>{E(d.FactsHash)}</code>, recorded in the chain when this file was made.</p>\n")
            .Append("<table>\n<caption>Signed checkpoint (Ed25519)</caption>\n<tbody>\n");
        Row(html, "Entry", c.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(html, "Hash", c.Hash);
        Row(html, "Signed at (UTC)", c.AtUtc);
        Row(html, "Signature", c.Signature);
        html.Append("</tbody>\n</table>\n");
    }

    static string E(string value) => Encode.Encode(value);
}
