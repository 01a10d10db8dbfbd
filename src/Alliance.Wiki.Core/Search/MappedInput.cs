using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Reads a <see cref="MappedFile"/>, or a slice of one (a compound file's part), straight from memory. A clone is a
/// copy of the fields (its own position, the same mapping) and is registered nowhere; disposing does nothing, since
/// the mapping is released when no input reads it any more.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"The slice {offset}+{length} is outside {description} ({file.Length} bytes).");
        }

        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"Seek to {pos} outside {this} ({_length} bytes).");
        }

        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw EndOfInput(1);
        }

        var value = _start[_position++];
        _file.KeepAlive();
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        ArgumentNullException.ThrowIfNull(b);
        Read(len).CopyTo(b.AsSpan(offset, len));
        _file.KeepAlive();
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(Read(sizeof(short)));
        _file.KeepAlive();
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(Read(sizeof(int)));
        _file.KeepAlive();
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(Read(sizeof(long)));
        _file.KeepAlive();
        return value;
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0 || numBytes > _length - _position)
        {
            throw EndOfInput(numBytes);
        }

        _position += numBytes;
    }

    protected override void Dispose(bool disposing)
    {
    }

    /// <summary>The next bytes, the position moved past them.</summary>
    private ReadOnlySpan<byte> Read(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw EndOfInput(count);
        }

        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException EndOfInput(long count) => new($"Read of {count} bytes at {_position} past the end of {this} ({_length} bytes).");
}
