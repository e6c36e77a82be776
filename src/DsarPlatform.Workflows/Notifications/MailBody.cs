using System.Text;
using System.Text.Encodings.Web;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Builds the text and HTML bodies side by side so they never say different things; every value is HTML-encoded.</summary>
sealed class MailBody
{
    readonly StringBuilder _text = new();
    readonly StringBuilder _html = new("<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">");

    public MailBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(HtmlEncoder.Default.Encode(text)).Append("</p>");
        return this;
    }

    public MailBody Link(string url, string label)
    {
        _text.Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(HtmlEncoder.Default.Encode(url)).Append("\">")
            .Append(HtmlEncoder.Default.Encode(label)).Append("</a></p>");
        return this;
    }

    public MailBody List(IEnumerable<string> items)
    {
        var list = items.ToList();
        foreach (var item in list) _text.Append("- ").Append(item).Append('\n');
        _text.Append('\n');
        _html.Append("<ul>").AppendJoin("", list.Select(i => $"<li>{HtmlEncoder.Default.Encode(i)}</li>")).Append("</ul>");
        return this;
    }

    public EmailContent Build(string subject) =>
        new(subject, _text.ToString().TrimEnd() + "\n", _html.Append("</body></html>").ToString());
}
