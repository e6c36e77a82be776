using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Workflows;

/// <summary>R5 on SQLite: a hundred concurrent store answers for one instance, no lost update.</summary>
public sealed class ConcurrentSignalTests : ConcurrentSignalScenario;
