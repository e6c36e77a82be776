using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DsarPlatform.Tests.Deploy;

/// <summary>
/// The Dockerfiles cannot be built here (no Docker engine), so what can go stale is checked: the paths they copy and
/// publish exist, the entry point is the project's own assembly, the user is not root, the health check probes
/// /health/live on the port the image and the Kubernetes containers use.
/// </summary>
[TestFixture]
public sealed partial class DockerfileTests
{
    [TestCase("Dockerfile.web")]
    [TestCase("Dockerfile.stores")]
    public void Every_path_a_Dockerfile_copies_from_the_repository_exists(string dockerfile)
    {
        var sources = DockerfileInstructions.Read(DeployFiles.InDeploy(dockerfile)).CopiedFromContext().ToList();

        Assert.That(sources, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var source in sources)
            {
                var path = Path.Combine(DeployFiles.RepositoryRoot, source);
                Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, $"{dockerfile} copies {source}, which does not exist");
            }
        });
    }

    [TestCase("Dockerfile.web", "src/DsarPlatform.Web/DsarPlatform.Web.csproj")]
    [TestCase("Dockerfile.stores", "src/DsarPlatform.Stores/DsarPlatform.Stores.csproj")]
    public void Dockerfile_publishes_its_project_and_starts_that_projects_assembly(string dockerfile, string project)
    {
        var instructions = DockerfileInstructions.Read(DeployFiles.InDeploy(dockerfile));
        var published = instructions.Arguments("RUN").Select(run => PublishPattern().Match(run)).Single(m => m.Success).Groups["project"].Value;
        var projectFile = Path.Combine(DeployFiles.RepositoryRoot, published);

        Assert.That(published, Is.EqualTo(project));
        Assert.That(File.Exists(projectFile), Is.True, projectFile);
        Assert.That(instructions.Entrypoint(), Is.EqualTo(new[] { "dotnet", AssemblyName(projectFile) + ".dll" }));
    }

    [TestCase("Dockerfile.web", "dsar-web")]
    [TestCase("Dockerfile.stores", "dsar-stores")]
    public void Image_runs_unprivileged_and_checks_health_on_the_port_its_kubernetes_container_declares(string dockerfile, string deployment)
    {
        var instructions = DockerfileInstructions.Read(DeployFiles.InDeploy(dockerfile));
        var exposed = instructions.Arguments("EXPOSE").Single();
        var healthCheck = instructions.Arguments("HEALTHCHECK").Single();
        var container = KubernetesManifest.All().Single(m => m.Kind == "Deployment" && m.Name == deployment).Containers.Single();

        Assert.That(instructions.Arguments("USER").Last(), Is.Not.EqualTo("root").And.Not.EqualTo("0"));
        Assert.That(healthCheck, Does.Contain($"\"{exposed}\", \"/health/live\""));
        Assert.That(container.At("ports").Items().Select(p => p.At("containerPort").Text()), Is.EqualTo(new[] { exposed }));
        Assert.That(File.Exists(DeployFiles.InDeploy("healthcheck.sh")), Is.True);
    }

    /// <summary>The csproj's AssemblyName, or its file name as MSBuild defaults it.</summary>
    static string AssemblyName(string projectFile) =>
        XDocument.Load(projectFile).Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault()
        ?? Path.GetFileNameWithoutExtension(projectFile);

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishPattern();
}
