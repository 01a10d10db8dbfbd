using System.Net;
using System.Net.Sockets;

namespace Alliance.Wiki.Tests.Support;

/// <summary>A loopback port free at the moment of asking, for servers that must be told a port (PostgreSQL, nginx).</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
