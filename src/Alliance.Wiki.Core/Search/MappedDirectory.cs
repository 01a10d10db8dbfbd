using Lucene.Net.Store;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// The index's folder, its files read memory-mapped (<see cref="MappedInput"/>) and written as any
/// <see cref="FSDirectory"/> writes them. Lucene.Net's own MMapDirectory registers every clone of an input in a
/// ConditionalWeakTable, so that a clone read after its file closed fails cleanly; a results page makes dozens of
/// clones, and their dependent handles made each young-generation collection cost 5–14 ms, a third of all search
/// time at 100,000 articles. Here a mapping outlives every input that reads it instead (see <see cref="MappedFile"/>).
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = PathOf(name);
        var file = MappedFile.Open(path);
        return new MappedInput($"MappedInput(path=\"{path}\")", file, 0, file.Length);
    }

    /// <summary>Slices of one mapping, for the parts of a compound file.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = PathOf(name);
        return new Slicer(path, MappedFile.Open(path));
    }

    private string PathOf(string name) => System.IO.Path.Combine(Directory.FullName, name);

    private sealed class Slicer(string path, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedInput($"MappedInput(path=\"{path}\" slice=\"{sliceDescription}\")", file, offset, length);

        [Obsolete("Lucene's own: only for reading pre-4.0 compound files.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
