using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Deploy;

/// <summary>
/// deploy/ validated offline with Debian's own tools (no Docker engine runs here): docker-compose resolves the compose
/// file with the example env file and refuses one without the secrets; yamllint accepts every YAML file. A missing
/// tool ignores the test naming its package, or fails it under CI (./test.sh installs both).
/// </summary>
[TestFixture]
[CancelAfter(120_000)]
public sealed class DeployToolTests
{
    const string DockerCompose = "/usr/bin/docker-compose";
    const string Yamllint = "/usr/bin/yamllint";
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    static string Deploy => Path.Combine(BuiltApp.RepositoryRoot(AppContext.BaseDirectory)!, "deploy");
    static string ComposeFile => Path.Combine(Deploy, "docker-compose.yml");

    [Test]
    public async Task Compose_file_is_valid_with_the_example_env_file()
    {
        RequiredBinary.Check(DockerCompose, "docker-compose");

        var resolved = await Command.RunAsync(DockerCompose,
            ["--env-file", Path.Combine(Deploy, ".env.example"), "-f", ComposeFile, "config"], Timeout);

        Assert.That(resolved, Does.Contain("web-2:").And.Contain("stores-2:").And.Contain("service_completed_successfully"));
        Assert.That(resolved, Does.Not.Contain("variable is not set"));
    }

    [Test]
    public void Compose_refuses_an_env_file_without_the_secrets_naming_the_first_missing()
    {
        RequiredBinary.Check(DockerCompose, "docker-compose");
        var empty = Path.Combine(Path.GetTempPath(), $"dsar-deploy-{Guid.NewGuid():N}.env");
        File.WriteAllText(empty, "# no secrets\n");
        try
        {
            var failure = Assert.ThrowsAsync<InvalidOperationException>(() =>
                Command.RunAsync(DockerCompose, ["--env-file", empty, "-f", ComposeFile, "config", "--quiet"], Timeout));
            Assert.That(failure!.Message, Does.Contain("set MSSQL_SA_PASSWORD in deploy/.env"));
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Test]
    public async Task Yamllint_accepts_every_yaml_file_in_deploy()
    {
        RequiredBinary.Check(Yamllint, "yamllint");

        var files = Directory.GetFiles(Deploy, "*.y*ml", SearchOption.AllDirectories);
        var output = await Command.RunAsync(Yamllint, ["--strict", "-c", Path.Combine(Deploy, ".yamllint"), .. files], Timeout);

        Assert.That(files, Has.Length.GreaterThanOrEqualTo(12));
        Assert.That(output.Trim(), Is.Empty);
    }
}
