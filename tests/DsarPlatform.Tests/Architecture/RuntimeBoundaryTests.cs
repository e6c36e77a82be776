using System.Reflection;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using NetArchTest.Rules;

namespace DsarPlatform.Tests.Architecture;

/// <summary>
/// The workflow runtime stands apart from the DSAR domain: the domain plugs into it (activities, timer handlers,
/// delivery steps, the lifecycle hook), never the reverse.
/// </summary>
public class RuntimeBoundaryTests
{
    static readonly Assembly Workflows = typeof(DsarDbContext).Assembly;
    /// <summary>Regimes are policy data loaded with the definitions (each definition's effective policy per regime).</summary>
    static readonly string[] RuntimeNamespaces = ["DsarPlatform.Workflows.Runtime", "DsarPlatform.Workflows.Definitions", "DsarPlatform.Workflows.Regimes"];

    /// <summary>Every DSAR folder of the Workflows project, its persistence (Data) and its composition root.</summary>
    static readonly string[] DomainNamespaces =
    [
        "DsarPlatform.Workflows.Requests", "DsarPlatform.Workflows.Activities", "DsarPlatform.Workflows.Deadlines",
        "DsarPlatform.Workflows.Notifications", "DsarPlatform.Workflows.Packages", "DsarPlatform.Workflows.Status",
        "DsarPlatform.Workflows.Verification", "DsarPlatform.Workflows.Staff", "DsarPlatform.Workflows.StoreTasks", "DsarPlatform.Workflows.Wording",
        "DsarPlatform.Workflows.Records", "DsarPlatform.Workflows.Data", "DsarPlatform.Workflows.Audit", "DsarPlatform.Workflows.Appeals",
        "DsarPlatform.Workflows.Drp",
    ];

    const string CompositionRoot = "DsarPlatform.Workflows";

    [Test]
    public void The_runtime_references_no_type_of_the_dsar_domain()
    {
        var forbidden = DomainNamespaces
            .Append(typeof(IStoreTask).Namespace!)
            .Concat(TypesIn(CompositionRoot).Select(t => t.FullName!))
            .ToList();

        var offences = forbidden
            .SelectMany(target => Runtime().ShouldNot().HaveDependencyOn(target).GetResult().FailingTypeNames?
                .Select(type => $"{type} uses {target}") ?? [])
            .ToList();

        Assert.That(offences, Is.Empty, "The runtime (Runtime/, Definitions/) must not know the DSAR domain; plug the domain in through an interface declared in Runtime.");
    }

    [Test]
    public void The_boundary_test_looks_at_real_types()
    {
        Assert.Multiple(() =>
        {
            foreach (var ns in DomainNamespaces)
                Assert.That(Types.InAssembly(Workflows).That().ResideInNamespace(ns).GetTypes(), Is.Not.Empty, $"no type in {ns}");
            Assert.That(TypesIn(CompositionRoot), Is.Not.Empty, "no type in the composition root");
            Assert.That(Runtime().GetTypes(), Does.Contain(typeof(WorkflowEngine)).And.Contain(typeof(DefinitionCatalog)));
            // The rule can see a dependency at all: the domain does use the runtime.
            Assert.That(Types.InAssembly(Workflows).That().ResideInNamespace("DsarPlatform.Workflows.Requests")
                .ShouldNot().HaveDependencyOn("DsarPlatform.Workflows.Runtime").GetResult().IsSuccessful, Is.False);
        });
    }

    [Test]
    public void Every_namespace_of_the_workflows_project_is_either_runtime_or_domain()
    {
        var known = RuntimeNamespaces.Concat(DomainNamespaces).ToList();
        var unclassified = Workflows.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(CompositionRoot + ".", StringComparison.Ordinal))
            .Where(ns => !known.Any(k => ns == k || ns.StartsWith(k + ".", StringComparison.Ordinal)))
            .Distinct()
            .ToList();

        Assert.That(unclassified, Is.Empty, "Add each new folder to the runtime or to the domain list of this test.");
    }

    static PredicateList Runtime() =>
        Types.InAssembly(Workflows).That().ResideInNamespace(RuntimeNamespaces[0]).Or().ResideInNamespace(RuntimeNamespaces[1])
            .Or().ResideInNamespace(RuntimeNamespaces[2]);

    static IEnumerable<Type> TypesIn(string ns) =>
        Workflows.GetTypes().Where(t => t.Namespace == ns && !t.IsNested);
}
