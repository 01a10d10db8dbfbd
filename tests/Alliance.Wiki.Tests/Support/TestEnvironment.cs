using System.Runtime.CompilerServices;

namespace Alliance.Wiki.Tests.Support;

/// <summary>Settings for every wiki this test run starts, in its process and in the child processes it runs.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// No watcher on appsettings.json per server: each takes an inotify instance, a machine has 128 by default, and a
    /// run holds dozens of servers (and their children) at once; no test changes the file under a running server.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
