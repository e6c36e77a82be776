using System.Runtime.CompilerServices;

namespace DsarPlatform.Tests.Support;

/// <summary>
/// The fast tier starts hundreds of in-process hosts, each watching its settings files and web root (asp-append-version).
/// File watchers spend inotify instances, 128 per user and shared with the integration tier running beside it; polling
/// watchers spend none. Set before any host reads it (PhysicalFileProvider reads the variable when it is made).
/// </summary>
static class PollingFileWatchers
{
    [ModuleInitializer]
    internal static void Use() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
