using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Tests.Packages;

/// <summary>The access package a person downloads: report, JSON and CSV copies of two stores' exports.</summary>
public sealed class AccessPackageTests
{
    PackageTestFolder _folder = null!;
    ZipArchive _zip = null!;

    [OneTimeSetUp]
    public async Task BuildPackage()
    {
        _folder = new PackageTestFolder();
        var billing = await ExportFiles.WriteAsync(_folder.Exports, ExportFiles.Billing());
        var contacts = await ExportFiles.WriteAsync(_folder.Exports, ExportFiles.Contacts());
        var path = await _folder.StorePackageAsync(Guid.NewGuid(), billing, contacts);
        _zip = await _folder.OpenPackageAsync(path);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        _zip.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void Package_holds_the_report_and_per_store_json_and_per_category_csv()
    {
        Assert.That(_zip.Entries.Select(e => e.FullName), Is.EquivalentTo(new[]
        {
            "report.html", "billing.json", "billing/invoices.csv", "billing/payment-methods.csv", "contacts.json", "contacts/address-book.csv",
        }));
    }

    [Test]
    public void Report_explains_every_category_with_its_purpose_basis_recipients_retention_and_source()
    {
        var report = Read("report.html");
        foreach (var category in ExportFiles.Billing().Categories.Concat(ExportFiles.Contacts().Categories))
        {
            Assert.That(report, Does.Contain(category.Name.Replace('-', ' ')));
            Assert.That(report, Does.Contain(category.Purpose));
            Assert.That(report, Does.Contain(category.LegalBasis));
            Assert.That(report, Does.Contain(category.Retention));
            Assert.That(report, Does.Contain(Encode(category.Source)));
            foreach (var recipient in category.Recipients) Assert.That(report, Does.Contain(recipient));
        }
        Assert.That(report, Does.Contain("No one outside our company"), "a category without recipients says so");
        Assert.That(report, Does.Match(@"invoices</td><td>2</td>"), "counts per category");
        Assert.That(report, Does.Contain("DSR-7K2M9QX4TB"));
        Assert.That(report, Does.Contain("2 November 2026").And.Contain("20 November 2026"));
        Assert.That(report, Does.Contain("Copied from this system on 20 November 2026"));
    }

    [Test]
    public void Report_states_the_rights_and_that_no_automated_decision_is_made()
    {
        var report = Read("report.html");
        foreach (var right in new[] { "rectification", "erasure", "restriction", "objection", "portability", "complaint", "supervisory authority" })
            Assert.That(report, Does.Contain(right));
        Assert.That(report, Does.Contain("Automated decision-making").And.Contain("None is used"));
        Assert.That(report, Does.Contain("How to read the files"));
    }

    [Test]
    public void Report_is_accessible_static_html_with_every_value_encoded()
    {
        var report = Read("report.html");
        Assert.That(report, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(report, Does.Contain("<html lang=\"en\">").And.Contain("<h1>").And.Contain("<th scope=\"col\">").And.Contain("<th scope=\"row\">"));
        Assert.That(report, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
        Assert.That(report, Does.Contain("Chloé &lt;b&gt;Dupont&lt;/b&gt;"));
        Assert.That(report, Does.Not.Contain("<script").IgnoreCase.And.Not.Contain("<b>"));
        Assert.That(report, Does.Not.Contain("http://").And.Not.Contain("https://"), "no external resource");
        Assert.That(report, Does.Contain("default-src 'none'"));
    }

    [Test]
    public void Csv_files_are_utf8_with_bom_and_rfc4180_quoting()
    {
        var bytes = ReadBytes("contacts/address-book.csv");
        Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.EqualTo(Encoding.UTF8.Preamble.ToArray()));
        var csv = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.That(csv, Is.EqualTo(
            "name,note,phone\r\n" +
            "Chloé Dupont,\"He said \"\"hi\"\", then left\nnext line\",\r\n" +
            "\"'\tTabbed\",,\"'+33 1 23 45 67 89\"\r\n"));
    }

    [Test]
    public void Csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var csv = Read("billing/invoices.csv");
        Assert.That(csv, Is.EqualTo(
            "invoiceNumber,amount,note,extra\r\n" +
            "INV-1,12.50,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\r\n" +
            "INV-2,\"'-2\",\"'+1\",\"'@SUM(1)\"\r\n"));
        Assert.That(Read("billing/payment-methods.csv"), Is.EqualTo("\r\n"), "an empty category still has its (empty) header row");
    }

    [Test]
    public void Json_copies_are_indented_and_round_trip_to_the_export_documents()
    {
        foreach (var original in new[] { ExportFiles.Billing(), ExportFiles.Contacts() })
        {
            var json = Read($"{original.Store}.json");
            Assert.That(json, Does.Contain("\n  \"store\": "), "pretty-printed");
            Assert.That(json, Does.Contain("\"exportedAtUtc\""), "camelCase as written");
            var copy = JsonSerializer.Deserialize<ExportDocument>(json, JsonSerializerOptions.Web)!;
            Assert.That(JsonSerializer.Serialize(copy, JsonSerializerOptions.Web), Is.EqualTo(JsonSerializer.Serialize(original, JsonSerializerOptions.Web)));
        }
        Assert.That(Read("contacts.json"), Does.Contain("Chloé Dupont"), "letters stay readable");
    }

    string Read(string entry) => Encoding.UTF8.GetString(ReadBytes(entry)).TrimStart('\uFEFF');

    byte[] ReadBytes(string entry)
    {
        using var stream = _zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    static string Encode(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);
}
