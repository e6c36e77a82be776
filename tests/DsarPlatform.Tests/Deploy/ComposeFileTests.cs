using System.Text.RegularExpressions;

namespace DsarPlatform.Tests.Deploy;

/// <summary>
/// deploy/docker-compose.yml read as YAML (merge keys resolved). `docker-compose config` itself runs in the
/// integration tier (DeployToolTests); these check what it does not: the images' lock-down, who the web hosts trust,
/// and that every secret comes from the env file.
/// </summary>
[TestFixture]
public sealed partial class ComposeFileTests
{
    static readonly object Compose = DeployFiles.Documents(DeployFiles.InDeploy("docker-compose.yml")).Single();
    static IReadOnlyDictionary<object, object> Services => Compose.At("services").Entries();

    /// <summary>Services running our images (they have a build section).</summary>
    static IEnumerable<KeyValuePair<object, object>> AppServices => Services.Where(s => s.Value.At("build") is not null);

    static IEnumerable<string> WebHosts => AppServices
        .Where(s => s.Value.At("build.dockerfile").Text() == "deploy/Dockerfile.web" && s.Value.At("command") is null)
        .Select(s => (string)s.Key);

    [Test]
    public void Compose_builds_from_Dockerfiles_that_exist()
    {
        Assert.That(AppServices.Count(), Is.EqualTo(6), "migrate, migrate-stores, two web hosts, two store workers");
        Assert.Multiple(() =>
        {
            foreach (var (name, service) in AppServices)
            {
                var context = Path.GetFullPath(Path.Combine(DeployFiles.Folder, service.At("build.context").Text()!));
                Assert.That(context, Is.EqualTo(DeployFiles.RepositoryRoot), $"{name}: build context");
                Assert.That(File.Exists(Path.Combine(context, service.At("build.dockerfile").Text()!)), Is.True, $"{name}: dockerfile");
            }
        });
    }

    [Test]
    public void App_containers_have_a_read_only_root_a_writable_tmp_and_no_capabilities()
    {
        Assert.Multiple(() =>
        {
            foreach (var (name, service) in AppServices)
            {
                Assert.That(service.At("read_only").Text(), Is.EqualTo("true"), $"{name}: read_only");
                Assert.That(service.At("tmpfs").Items(), Does.Contain("/tmp"), $"{name}: tmpfs");
                Assert.That(service.At("cap_drop").Items(), Is.EqualTo(new[] { "ALL" }), $"{name}: cap_drop");
                Assert.That(service.At("volumes").Items(), Does.Contain("dsar-data:/data"), $"{name}: the shared data folder");
            }
        });
    }

    [Test]
    public void Web_hosts_believe_forwarded_headers_only_from_the_proxy_network()
    {
        var edge = Compose.At("networks.edge.ipam.config").Items().Single().At("subnet").Text();
        var onEdge = Services.Where(s => s.Value.At("networks").Items().Contains("edge")).Select(s => (string)s.Key);
        var upstream = UpstreamPattern().Matches(File.ReadAllText(DeployFiles.InDeploy("nginx/nginx.conf"))).Select(m => m.Groups["host"].Value);

        Assert.That(WebHosts, Is.EqualTo(new[] { "web-1", "web-2" }));
        Assert.That(onEdge, Is.EquivalentTo(WebHosts.Append("proxy")), "only the proxy and the web hosts are on the edge network");
        Assert.That(upstream, Is.EquivalentTo(WebHosts), "nginx spreads requests over every web host");
        foreach (var host in WebHosts)
            Assert.That(Services[host].At("environment.ForwardedHeaders__KnownNetworks__0").Text(), Is.EqualTo(edge), host);
    }

    [Test]
    public void Keys_passwords_and_connection_strings_come_from_the_env_file_which_the_example_completes()
    {
        var secretSettings = AppServices.SelectMany(s => s.Value.At("environment").Entries())
            .Where(setting => SecretSettingPattern().IsMatch((string)setting.Key))
            .ToList();
        var used = VariablePattern().Matches(File.ReadAllText(DeployFiles.InDeploy("docker-compose.yml"))).Select(m => m.Groups["name"].Value).ToHashSet();
        var example = File.ReadAllLines(DeployFiles.InDeploy(".env.example"))
            .Where(line => line.Contains('=') && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('=', 2)[0].Trim())
            .ToHashSet();

        Assert.That(secretSettings, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (key, value) in secretSettings)
                Assert.That(value as string, Does.Contain("${"), $"{key} must come from deploy/.env, not the compose file");
            Assert.That(example, Is.SupersetOf(used), "every variable the compose file reads has a line in .env.example");
        });
    }

    [GeneratedRegex(@"^\s*server\s+(?<host>[\w-]+):8080\b", RegexOptions.Multiline)]
    private static partial Regex UpstreamPattern();

    [GeneratedRegex("Key$|Password|ConnectionStrings__")]
    private static partial Regex SecretSettingPattern();

    // ${NAME}, ${NAME:-default}, ${NAME:?error}; $${...} is an escaped dollar for the container's shell.
    [GeneratedRegex(@"(?<!\$)\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariablePattern();
}
