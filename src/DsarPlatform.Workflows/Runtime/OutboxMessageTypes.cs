using System.Reflection;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Where the outbox finds the types its rows name: the host lists the assemblies of its bus messages, so the
/// runtime knows no message itself and never instantiates a type from anywhere else.
/// </summary>
public sealed class OutboxMessageTypes(params Assembly[] assemblies)
{
    public Type? Find(string fullName) =>
        assemblies.Select(a => a.GetType(fullName)).FirstOrDefault(t => t is not null);
}
