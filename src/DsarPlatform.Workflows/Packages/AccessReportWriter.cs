using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// The report.html of an access package: the GDPR Art. 15 answer in plain words, one self-contained page.
/// It is opened from disk, so it carries no script, no external resource, and a Content-Security-Policy
/// that forbids both; every value from a store or a person is HTML-encoded.
/// </summary>
internal sealed class AccessReportWriter(AccessReportOptions options)
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    // Non-ASCII letters stay readable in the source; markup characters are always encoded.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    const string Style = """
        body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #888;padding:.4rem .6rem;text-align:left;vertical-align:top}
        th{background:#eee}caption{text-align:left;font-weight:bold;padding:.3rem 0}code{background:#f3f3f3;padding:0 .2rem}
        """;

    readonly StringBuilder _html = new();

    public string Write(AccessPackageRequest request, IReadOnlyList<StoreSummary> stores)
    {
        _html.Clear();
        Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<title>").Text($"Your personal data – request {request.Reference}").Raw("</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n<main>\n");
        Raw("<h1>").Text($"Your personal data held by {options.Organisation}").Raw("</h1>\n");
        Paragraph(request.RequesterName is { Length: > 0 } name ? $"Dear {name}," : "Hello,");
        Paragraph($"This is our answer to your request {request.Reference} to see the personal data we hold about you. "
            + $"We received it on {Date(request.ReceivedAtUtc)} and answered on {Date(request.AnsweredAtUtc)}. "
            + "This package contains a copy of that data, this explanation of how and why we use it, and your rights.");
        Summary(stores);
        Details(stores);
        Section("Automated decision-making",
            "We do not make decisions about you based solely on automated processing, including profiling, that have legal or similarly significant effects on you. None is used for the data in this package.");
        Rights(request);
        Reading();
        Raw("</main>\n</body>\n</html>\n");
        return _html.ToString();
    }

    void Summary(IReadOnlyList<StoreSummary> stores)
    {
        Raw("<h2>Summary</h2>\n");
        if (stores.All(s => s.Categories.Count == 0)) { Paragraph("We found no personal data about you in our systems."); return; }
        Raw("<table>\n<caption>Data we hold about you, by system and category</caption>\n");
        Raw("<thead><tr><th scope=\"col\">System</th><th scope=\"col\">Category</th><th scope=\"col\">Records</th><th scope=\"col\">File</th></tr></thead>\n<tbody>\n");
        foreach (var store in stores)
            foreach (var category in store.Categories)
            {
                Raw("<tr><th scope=\"row\">").Text(Words(store.Store)).Raw("</th><td>").Text(Words(category.Name)).Raw("</td><td>")
                    .Text(category.RecordCount.ToString("N0", English)).Raw("</td><td><code>").Text(CsvPath(store, category)).Raw("</code></td></tr>\n");
            }
        Raw("</tbody>\n</table>\n");
    }

    void Details(IReadOnlyList<StoreSummary> stores)
    {
        Raw("<h2>What we hold, why, and who receives it</h2>\n");
        foreach (var store in stores)
        {
            Raw("<section>\n<h3>").Text(Words(store.Store)).Raw("</h3>\n");
            if (store.ExportedAtUtc is { } exportedAt) Paragraph($"Copied from this system on {Date(exportedAt)}.");
            if (store.Categories.Count == 0) Paragraph("This system holds no personal data about you.");
            foreach (var category in store.Categories)
            {
                Raw("<h4>").Text(Words(category.Name)).Raw("</h4>\n");
                Raw("<table>\n<caption>").Text($"About the category “{Words(category.Name)}”").Raw("</caption>\n<tbody>\n");
                Row("What it is", category.Description);
                Row("Number of records", category.RecordCount.ToString("N0", English));
                Row("Why we use it (purpose)", category.Purpose);
                Row("Legal basis", category.LegalBasis);
                Row("Who receives it (recipients)", category.Recipients.Count > 0 ? string.Join("; ", category.Recipients) : "No one outside our company.");
                Row("How long we keep it", category.Retention);
                Row("Where it came from (source)", category.Source);
                Row("File with your data", $"{CsvPath(store, category)} (also in {store.EntryName}.json)");
                Raw("</tbody>\n</table>\n");
            }
            Raw("</section>\n");
        }
    }

    void Rights(AccessPackageRequest request)
    {
        Raw("<h2>Your rights</h2>\n");
        Paragraph("Under data protection law (GDPR Articles 15 to 22 and 77) you have the right to:");
        Raw("<ul>\n");
        Item("rectification: have inaccurate data about you corrected and incomplete data completed;");
        Item("erasure: have your data deleted, unless we must keep it, for example by law (we then tell you which data and why);");
        Item("restriction: ask us to limit how we use your data, for example while we check its accuracy;");
        Item("objection: object to our use of your data based on our legitimate interests, and to direct marketing at any time;");
        Item("portability: receive your data in a structured, machine-readable format (the JSON and CSV files here) and have it sent to another organisation;");
        Item($"complaint: lodge a complaint with {options.SupervisoryAuthority}. You do not need to contact us first.");
        Raw("</ul>\n");
        Paragraph($"To use any of these rights, make a new request on our privacy page or write to {options.PrivacyContact}, quoting {request.Reference}.");
    }

    void Reading()
    {
        Raw("<h2>How to read the files</h2>\n<ul>\n");
        Item("report.html: this page.");
        Item("One .json file per system: all your data from that system in JSON, a structured format that other services can import. Any text editor or web browser opens it.");
        Item("One folder per system with a .csv file per category: the same records as a table, one row per record and one column per field; the first row names the columns. Open it with a spreadsheet program; it is in UTF-8.");
        Item("An empty cell means the field has no value in that record.");
        Item("A cell that starts with a single quote (') had it added by us: values starting with =, +, -, @ or a tab could otherwise run as a formula in a spreadsheet. The quote is not part of your data.");
        Raw("</ul>\n");
    }

    void Section(string heading, string text) => Raw("<h2>").Text(heading).Raw("</h2>\n").Paragraph(text);

    AccessReportWriter Paragraph(string text) => Raw("<p>").Text(text).Raw("</p>\n");

    void Item(string text) => Raw("<li>").Text(text).Raw("</li>\n");

    void Row(string label, string value) =>
        Raw("<tr><th scope=\"row\">").Text(label).Raw("</th><td>").Text(string.IsNullOrWhiteSpace(value) ? "Not stated." : value).Raw("</td></tr>\n");

    AccessReportWriter Raw(string markup) { _html.Append(markup); return this; }

    AccessReportWriter Text(string text) { _html.Append(Encoder.Encode(text)); return this; }

    static string CsvPath(StoreSummary store, CategorySummary category) => $"{store.EntryName}/{category.EntryName}.csv";

    static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", English);

    static string Words(string name) => name.Replace('-', ' ').Replace('_', ' ');
}
