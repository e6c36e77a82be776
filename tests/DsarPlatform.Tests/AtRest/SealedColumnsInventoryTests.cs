using System.Text.RegularExpressions;
using DsarPlatform.Tests.Security;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DsarPlatform.Tests.AtRest;

/// <summary>The README's inventory says which platform columns are sealed at rest; the EF model must agree with it.</summary>
public sealed partial class SealedColumnsInventoryTests
{
    [Test]
    public void The_readme_inventory_lists_exactly_the_columns_the_model_seals()
    {
        using var database = new TestDatabase();
        using var db = database.NewContext();
        var sealedInModel = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.IsSealed()).Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .Order().ToList();

        var sealedInReadme = InventoryRows().Where(r => r.AtRest.StartsWith("sealed", StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => Columns().Matches(r.Where).Select(m => m.Groups[1].Value)).Distinct().Order().ToList();

        Assert.That(sealedInModel, Is.Not.Empty);
        Assert.That(sealedInReadme, Is.EqualTo(sealedInModel),
            "README 'What the platform keeps per request': every sealed column, and only those, in a row marked sealed");
    }

    [Test]
    public void Every_searched_personal_column_has_a_blind_index_column()
    {
        using var database = new TestDatabase();
        using var db = database.NewContext();
        var indexed = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties().Where(p => p.HasBlindIndex())
            .Select(p => (e, p))).ToList();
        Assert.That(indexed.Select(x => $"{x.e.GetTableName()}.{x.p.Name}"),
            Is.EquivalentTo(new[] { "Requests.SubmittedEmail", "Requests.RecordEmail", "OutgoingEmails.To" }));
        foreach (var (entity, property) in indexed)
            Assert.That(entity.FindProperty(PersonalData.IndexOf(property.Name))?.IsShadowProperty(), Is.True, property.Name);
    }

    static IEnumerable<(string Where, string AtRest)> InventoryRows()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DsarPlatform.sln"))) root = root.Parent;
        var lines = File.ReadAllLines(Path.Combine(root!.FullName, "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("### What the platform keeps per request", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThan(0), "the README has the inventory section");
        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Split('|');
            yield return (cells[2], cells[3].Trim());
        }
    }

    /// <summary>A platform column as the table writes it: <c>`Table.Column`</c>.</summary>
    [GeneratedRegex(@"`([A-Za-z]+\.[A-Za-z]+)`")]
    private static partial Regex Columns();
}
