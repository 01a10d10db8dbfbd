using System.IO.MemoryMappedFiles;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// One index file mapped into memory, read through <see cref="MappedInput"/>s. The mapping is never released by
/// hand: it lives as long as any input that reads it (the one Lucene opened or any of its clones) is reachable, and
/// its handle's finalizer unmaps it when none is. So no clone can read released memory, and no clone needs tracking.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        Start = start;
        Length = length;
    }

    /// <summary>The first byte of the file; null for an empty file, which cannot be mapped.</summary>
    public byte* Start { get; }

    public long Length { get; }

    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            return new MappedFile(null, null, 0);
        }

        // The view keeps the mapping once the file and its mapping object are closed: no descriptor stays open.
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        var handle = view.SafeMemoryMappedViewHandle;
        return new MappedFile(view, (byte*)handle.DangerousGetHandle() + view.PointerOffset, length);
    }

    /// <summary>Keeps the mapping alive up to this call: put after the last use of a pointer into it.</summary>
    public void KeepAlive() => GC.KeepAlive(_view);
}
