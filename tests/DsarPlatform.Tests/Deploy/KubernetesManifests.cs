namespace DsarPlatform.Tests.Deploy;

/// <summary>One document of a file in deploy/kubernetes.</summary>
sealed record KubernetesManifest(string File, object Document)
{
    public const string Kustomization = "kustomization.yaml";
    public const string SecretExample = "secret.example.yaml";

    public string? Kind => Document.At("kind").Text();
    public string? Name => Document.At("metadata.name").Text();

    public override string ToString() => $"{File}: {Kind} {Name}";

    /// <summary>Every document of every manifest, the kustomization excepted.</summary>
    public static IReadOnlyList<KubernetesManifest> All() =>
        Directory.GetFiles(DeployFiles.InDeploy("kubernetes"), "*.yaml").Order()
            .Where(path => Path.GetFileName(path) != Kustomization)
            .SelectMany(path => DeployFiles.Documents(path).Select(document => new KubernetesManifest(Path.GetFileName(path), document)))
            .ToList();

    /// <summary>The pod template of a workload (Deployment, Job and the like), or null for other kinds.</summary>
    public object? PodSpec => Document.At("spec.template.spec");

    /// <summary>Containers and init containers of the pod template.</summary>
    public IEnumerable<object> Containers => PodSpec.At("initContainers").Items().Concat(PodSpec.At("containers").Items());
}
