using System.Text.RegularExpressions;
using Alliance.Wiki.Core.Storage;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Architecture;

/// <summary>DESIGN.md's layers, checked: each folder of the core uses only the layers below it, and no layer knows HTTP.</summary>
public sealed partial class LayerTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Titles"] = [],
        ["Storage"] = [],
        ["Markup"] = ["Titles"],
        ["Accounts"] = ["Storage"],
        ["Articles"] = ["Storage", "Titles", "Markup"],
        ["Search"] = ["Storage", "Titles"],
        ["History"] = ["Articles", "Storage", "Titles", "Markup"],
        ["Content"] = ["Articles", "Markup", "Search", "Storage", "Titles"],
        ["Editing"] = ["Articles", "Markup", "Search", "History", "Storage", "Titles"],
        ["Indexing"] = ["Articles", "Markup", "Search", "Storage", "Titles"],
    };

    private static readonly string Core = Path.Combine(RepositoryPaths.Root, "src", "Alliance.Wiki.Core");

    [Fact]
    public void Every_layer_uses_only_the_layers_below_it()
    {
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        Assert.NotEmpty(folders);
        var violations = new List<string>();
        foreach (var folder in folders)
        {
            Assert.True(Allowed.ContainsKey(folder!), $"The folder {folder} is not a layer of DESIGN.md: add it to this test with the layers it may use.");
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, folder!), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match use in CoreUsing().Matches(File.ReadAllText(file)))
                {
                    var layer = use.Groups[1].Value;
                    if (layer != folder && !Allowed[folder!].Contains(layer))
                    {
                        violations.Add($"{Path.GetRelativePath(Core, file)} uses {layer}");
                    }
                }
            }
        }

        Assert.True(violations.Count == 0, "Layer violations:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_core_references_no_HTTP_assembly()
    {
        var http = typeof(WikiDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && !n.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal))
            .ToList();
        Assert.True(http.Count == 0, "The core references " + string.Join(", ", http));
    }

    [GeneratedRegex(@"^using Alliance\.Wiki\.Core\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();
}
