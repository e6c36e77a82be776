using DsarPlatform.Hosting;
using DsarPlatform.Stores.Sdk;
using DsarPlatform.Workflows.Data;

namespace DsarPlatform.Tests.Hosting;

/// <summary>Which of this solution's projects each shared project may use (the compiler keeps only references in use).</summary>
public class ProjectBoundaryTests
{
    static IEnumerable<string> OwnReferences(Type typeInProject) =>
        typeInProject.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("DsarPlatform.", StringComparison.Ordinal));

    [Test]
    public void The_store_SDK_uses_only_the_contracts() =>
        Assert.That(OwnReferences(typeof(StoreDbContext)), Is.EquivalentTo(new[] { "DsarPlatform.Contracts" }));

    [Test]
    public void The_hosting_core_uses_only_the_contracts() =>
        Assert.That(OwnReferences(typeof(DataFolder)), Is.EquivalentTo(new[] { "DsarPlatform.Contracts" }));

    [Test]
    public void The_workflows_do_not_use_the_store_SDK() =>
        Assert.That(OwnReferences(typeof(DsarDbContext)), Does.Not.Contain("DsarPlatform.Stores.Sdk"));
}
