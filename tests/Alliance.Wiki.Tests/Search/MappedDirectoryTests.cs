using Alliance.Wiki.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Alliance.Wiki.Tests.Search;

/// <summary>
/// The index's own memory-mapped directory, on real files: what Lucene writes it reads back byte for byte, a clone
/// still reads after its original and every other reference are gone, and a read or seek past the end is an error.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "alliance-wiki-mapped", Guid.NewGuid().ToString("N")));

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Reads_back_what_an_output_wrote()
    {
        using var directory = new MappedDirectory(_folder);
        Write(directory, "values.bin", output =>
        {
            output.WriteByte(0x7F);
            output.WriteInt16(-2);
            output.WriteInt32(int.MinValue + 5);
            output.WriteInt64(long.MaxValue - 7);
            output.WriteVInt32(300);
            output.WriteVInt64(1L << 50);
            output.WriteString("주한미군 USFK");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        });

        using var input = directory.OpenInput("values.bin", IOContext.DEFAULT);
        Assert.Equal((byte)0x7F, input.ReadByte());
        Assert.Equal((short)-2, input.ReadInt16());
        Assert.Equal(int.MinValue + 5, input.ReadInt32());
        Assert.Equal(long.MaxValue - 7, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(1L << 50, input.ReadVInt64());
        Assert.Equal("주한미군 USFK", input.ReadString());
        var bytes = new byte[7];
        input.ReadBytes(bytes, 1, 5);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 0 }, bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_is_an_error_and_moves_nothing()
    {
        using var directory = new MappedDirectory(_folder);
        Write(directory, "short.bin", output => output.WriteInt16(42));
        Write(directory, "empty.bin", _ => { });

        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(0, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        Assert.Throws<EndOfStreamException>(() => input.SkipBytes(3));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());

        using var empty = directory.OpenInput("empty.bin", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
    }

    [Fact]
    public void A_clone_reads_on_after_its_original_is_closed_and_collected()
    {
        using var directory = new MappedDirectory(_folder);
        Write(directory, "data.bin", output =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                output.WriteInt32(i);
            }
        });

        var clone = CloneAt(directory, "data.bin", 4 * 50_000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(50_000, clone.ReadInt32());
        clone.Seek(4 * 99_999);
        Assert.Equal(99_999, clone.ReadInt32());
    }

    [Fact]
    public void A_slice_reads_its_own_bytes_only()
    {
        using var directory = new MappedDirectory(_folder);
        Write(directory, "whole.bin", output => output.WriteBytes([10, 11, 12, 13, 14, 15], 6));

        using var slicer = directory.CreateSlicer("whole.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 2, 3);
        Assert.Equal(3, slice.Length);
        Assert.Equal((byte)12, slice.ReadByte());
        var clone = (IndexInput)slice.Clone();
        Assert.Equal((byte)13, clone.ReadByte());
        Assert.Equal((byte)13, slice.ReadByte());
        Assert.Equal((byte)14, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 4, 3));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_index_written_and_merged_here_is_searched_here(bool compoundFiles)
    {
        using (var directory = new MappedDirectory(_folder))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = compoundFiles };
            config.MergePolicy.NoCFSRatio = compoundFiles ? 1.0 : 0.0;
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < 300; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField("body", i % 3 == 0 ? $"treaty word{i}" : $"armistice word{i}", Field.Store.YES),
                    new BinaryDocValuesField("title", new BytesRef($"Page {i}")),
                });
                if (i % 50 == 49)
                {
                    writer.Commit();
                }
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        using var reopened = new MappedDirectory(_folder);
        using var reader = DirectoryReader.Open(reopened);
        var searcher = new IndexSearcher(reader);
        Assert.Single(reader.Leaves);
        Assert.Equal(100, searcher.Search(new TermQuery(new Term("body", "treaty")), 1).TotalHits);
        var hit = searcher.Search(new TermQuery(new Term("body", "word151")), 1).ScoreDocs.Single();
        Assert.Equal("armistice word151", searcher.Doc(hit.Doc).Get("body"));
        var title = new BytesRef();
        reader.Leaves[0].AtomicReader.GetBinaryDocValues("title").Get(hit.Doc, title);
        Assert.Equal("Page 151", title.Utf8ToString());
        Assert.Equal(compoundFiles, reopened.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)));
    }

    private static void Write(LuceneDirectory directory, string name, Action<IndexOutput> write)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }

    /// <summary>A clone at the position, its original closed and no longer referenced once this returns.</summary>
    private static IndexInput CloneAt(LuceneDirectory directory, string name, long position)
    {
        var original = directory.OpenInput(name, IOContext.DEFAULT);
        var clone = (IndexInput)original.Clone();
        clone.Seek(position);
        original.Dispose();
        return clone;
    }
}
