namespace DsarPlatform.Tests.Deploy;

/// <summary>
/// deploy/kubernetes parsed without a cluster (kubectl's dry run needs one): every document well formed, probes on the
/// health endpoints, secrets only by reference to keys the example defines, pods locked down, references resolvable.
/// </summary>
[TestFixture]
public sealed class KubernetesManifestTests
{
    const string Namespace = "dsar";
    static readonly IReadOnlyList<KubernetesManifest> Manifests = KubernetesManifest.All();
    static IEnumerable<KubernetesManifest> Workloads => Manifests.Where(m => m.PodSpec is not null);

    [Test]
    public void Every_manifest_names_its_api_version_kind_and_name_in_the_dsar_namespace()
    {
        Assert.That(Manifests, Has.Count.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var manifest in Manifests)
            {
                Assert.That(manifest.Document.At("apiVersion").Text(), Is.Not.Empty, $"{manifest.File}: apiVersion");
                Assert.That(manifest.Kind, Is.Not.Empty, $"{manifest.File}: kind");
                Assert.That(manifest.Name, Does.Match("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), $"{manifest.File}: metadata.name");
                var expected = manifest.Kind == "Namespace" ? null : Namespace;
                Assert.That(manifest.Document.At("metadata.namespace").Text(), Is.EqualTo(expected), $"{manifest}: namespace");
            }
        });
    }

    [Test]
    public void Kustomization_applies_every_manifest_but_the_secret_example()
    {
        var kustomization = DeployFiles.Documents(DeployFiles.InDeploy("kubernetes/" + KubernetesManifest.Kustomization)).Single();
        var listed = kustomization.At("resources").Items().Select(r => r.Text()).ToList();
        var files = Manifests.Select(m => m.File).Distinct().Where(f => f != KubernetesManifest.SecretExample);

        Assert.That(listed, Is.EquivalentTo(files));
        Assert.That(listed, Does.Not.Contain(KubernetesManifest.SecretExample), "the example must never be applied");
    }

    [Test]
    public void Every_deployment_probes_the_health_endpoints_on_a_port_it_declares()
    {
        var deployments = Manifests.Where(m => m.Kind == "Deployment").ToList();
        Assert.That(deployments.Select(d => d.Name), Is.EquivalentTo(new[] { "dsar-web", "dsar-stores" }));
        Assert.Multiple(() =>
        {
            foreach (var container in deployments.SelectMany(d => d.Containers))
            {
                var ports = container.At("ports").Items().SelectMany(p => new[] { p.At("name").Text(), p.At("containerPort").Text() }).ToList();
                foreach (var (probe, path) in new[] { ("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready") })
                {
                    var get = container.At(probe + ".httpGet");
                    Assert.That(get.At("path").Text(), Is.EqualTo(path), $"{container.At("name")}: {probe}");
                    Assert.That(ports, Does.Contain(get.At("port").Text()), $"{container.At("name")}: {probe} port");
                }
            }
        });
    }

    [Test]
    public void Every_secret_reference_names_a_key_the_example_secret_defines()
    {
        var example = Manifests.Single(m => m.File == KubernetesManifest.SecretExample);
        var keys = example.Document.At("stringData").Entries().Keys.Cast<string>().ToHashSet();
        var references = Workloads.SelectMany(w => w.Containers)
            .SelectMany(c => c.At("env").Items())
            .Select(variable => variable.At("valueFrom.secretKeyRef"))
            .Where(reference => reference is not null)
            .ToList();

        Assert.That(references, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var reference in references)
            {
                Assert.That(reference.At("name").Text(), Is.EqualTo(example.Name));
                Assert.That(keys, Does.Contain(reference.At("key").Text()));
            }
            var literals = Workloads.SelectMany(w => w.Containers).SelectMany(c => c.At("env").Items())
                .Where(v => v.At("value") is not null).Select(v => v.At("name").Text());
            Assert.That(literals, Is.Empty, "settings belong in the config map, secrets in the Secret");
        });
    }

    [Test]
    public void Every_config_map_a_workload_reads_is_defined_here()
    {
        var configMaps = Manifests.Where(m => m.Kind == "ConfigMap").Select(m => m.Name).ToHashSet();
        var read = Workloads.SelectMany(w => w.Containers).SelectMany(c => c.At("envFrom").Items())
            .Select(source => source.At("configMapRef.name").Text()).Distinct().ToList();

        Assert.That(read, Is.Not.Empty);
        Assert.That(configMaps, Is.SupersetOf(read));
    }

    [Test]
    public void Every_pod_runs_as_non_root_with_a_read_only_root_no_capabilities_and_resource_limits()
    {
        Assert.That(Workloads.Select(w => w.Kind), Is.SupersetOf(new[] { "Deployment", "Job" }));
        Assert.Multiple(() =>
        {
            foreach (var workload in Workloads)
            {
                Assert.That(workload.PodSpec.At("securityContext.runAsNonRoot").Text(), Is.EqualTo("true"), $"{workload}: runAsNonRoot");
                foreach (var container in workload.Containers)
                {
                    var name = $"{workload}/{container.At("name")}";
                    Assert.That(container.At("securityContext.readOnlyRootFilesystem").Text(), Is.EqualTo("true"), $"{name}: read-only root");
                    Assert.That(container.At("securityContext.allowPrivilegeEscalation").Text(), Is.EqualTo("false"), $"{name}: escalation");
                    Assert.That(container.At("securityContext.capabilities.drop").Items(), Is.EqualTo(new[] { "ALL" }), $"{name}: capabilities");
                    Assert.That(container.At("volumeMounts").Items().Select(m => m.At("mountPath").Text()), Does.Contain("/tmp"), $"{name}: writable /tmp");
                    foreach (var part in new[] { "requests.cpu", "requests.memory", "limits.cpu", "limits.memory" })
                        Assert.That(container.At("resources." + part).Text(), Is.Not.Empty, $"{name}: resources.{part}");
                }
            }
        });
    }

    [Test]
    public void Services_ingress_autoscaler_budgets_and_volumes_point_at_what_exists()
    {
        var deployments = Manifests.Where(m => m.Kind == "Deployment").ToList();
        var services = Manifests.Where(m => m.Kind == "Service").ToList();
        var claims = Manifests.Where(m => m.Kind == "PersistentVolumeClaim").Select(m => m.Name).ToHashSet();
        bool Selects(object? selector, KubernetesManifest deployment) =>
            selector.Entries().Count > 0
            && selector.Entries().All(label => deployment.Document.At("spec.template.metadata.labels").Entries().GetValueOrDefault(label.Key) as string == label.Value as string);

        Assert.Multiple(() =>
        {
            foreach (var service in services)
                Assert.That(deployments.Count(d => Selects(service.Document.At("spec.selector"), d)), Is.EqualTo(1), $"{service}: selector");
            foreach (var budget in Manifests.Where(m => m.Kind == "PodDisruptionBudget"))
                Assert.That(deployments.Count(d => Selects(budget.Document.At("spec.selector.matchLabels"), d)), Is.EqualTo(1), $"{budget}: selector");
            foreach (var autoscaler in Manifests.Where(m => m.Kind == "HorizontalPodAutoscaler"))
                Assert.That(deployments.Select(d => d.Name), Does.Contain(autoscaler.Document.At("spec.scaleTargetRef.name").Text()), $"{autoscaler}");
            foreach (var ingress in Manifests.Where(m => m.Kind == "Ingress"))
            {
                var backends = ingress.Document.At("spec.rules").Items().SelectMany(r => r.At("http.paths").Items())
                    .Select(p => p.At("backend.service.name").Text()).ToList();
                Assert.That(backends, Is.Not.Empty.And.SubsetOf(services.Select(s => s.Name)), $"{ingress}: backends");
            }
            foreach (var workload in Workloads)
            {
                var claimed = workload.PodSpec.At("volumes").Items().Select(v => v.At("persistentVolumeClaim.claimName").Text()).OfType<string>();
                Assert.That(claims, Is.SupersetOf(claimed), $"{workload}: claims");
            }
        });
    }

    [Test]
    public void Secret_example_says_it_is_an_example_and_holds_no_real_key()
    {
        var text = File.ReadAllText(DeployFiles.InDeploy("kubernetes/" + KubernetesManifest.SecretExample));
        var example = Manifests.Single(m => m.File == KubernetesManifest.SecretExample);

        Assert.That(text, Does.StartWith("# EXAMPLE ONLY"));
        Assert.That(example.Document.At("stringData").Entries().Values.Cast<string>(), Has.All.Contains("EXAMPLE"));
    }
}
