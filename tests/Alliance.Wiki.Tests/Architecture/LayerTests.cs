using System.Reflection;
using Alliance.Wiki.Core.Storage;
using NetArchTest.Rules;

namespace Alliance.Wiki.Tests.Architecture;

/// <summary>
/// The layers of <see cref="Layers"/>, checked on the compiled types (their IL, so a fully qualified name counts as
/// much as a using line): each layer of each project uses only the layers it may, and no core layer knows HTTP.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly CoreAssembly = typeof(WikiDbContext).Assembly;
    private static readonly Assembly WebAssembly = typeof(Program).Assembly;

    public static TheoryData<string> CoreLayers => [.. Layers.Core.Keys];

    public static TheoryData<string> WebLayers => [.. Layers.Web.Keys];

    [Theory]
    [MemberData(nameof(CoreLayers))]
    public void A_core_layer_uses_only_the_layers_below_it(string layer) =>
        AssertUsesOnly(CoreAssembly, Layers.CoreRoot, layer, Layers.Core);

    [Theory]
    [MemberData(nameof(WebLayers))]
    public void A_web_folder_uses_only_the_folders_below_it(string layer) =>
        AssertUsesOnly(WebAssembly, Layers.WebRoot, layer, Layers.Web);

    [Fact]
    public void Razor_views_use_what_pages_may_use()
    {
        var forbidden = Forbidden(Layers.WebRoot, "Pages", Layers.Web).ToArray();
        var result = Types.InAssembly(WebAssembly).That().ResideInNamespace("AspNetCoreGeneratedDocument")
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, "Views that reach past the pages' layers: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_namespace_is_a_layer_of_the_table()
    {
        var unknown = Namespaces(CoreAssembly, Layers.CoreRoot).Except(Layers.Core.Keys)
            .Select(n => Layers.CoreRoot + "." + n)
            .Concat(Namespaces(WebAssembly, Layers.WebRoot).Except(Layers.Web.Keys).Where(n => n != "Core").Select(n => Layers.WebRoot + "." + n))
            .ToList();
        Assert.True(unknown.Count == 0, "Namespaces that are no layer of Layers.cs (add them with the layers they may use): " + string.Join(", ", unknown));
    }

    [Fact]
    public void The_layer_tables_have_no_cycle()
    {
        foreach (var table in new[] { Layers.Core, Layers.Web })
        {
            foreach (var layer in table.Keys)
            {
                Assert.False(Reaches(table, layer, layer, []), $"{layer} reaches itself through the layers it may use.");
            }
        }
    }

    [Fact]
    public void The_core_references_no_HTTP_assembly()
    {
        var http = CoreAssembly.GetReferencedAssemblies().Select(a => a.Name!)
            // Identity's and data protection's EF stores are storage (tables in the wiki's database), not HTTP.
            .Where(n => n.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal))
            .ToList();
        Assert.True(http.Count == 0, "The core references " + string.Join(", ", http));
    }

    private static void AssertUsesOnly(Assembly assembly, string root, string layer, IReadOnlyDictionary<string, string[]> table)
    {
        var types = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.{layer}").GetTypes().ToList();
        Assert.NotEmpty(types);
        var result = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.{layer}")
            .ShouldNot().HaveDependencyOnAny(Forbidden(root, layer, table).ToArray()).GetResult();
        Assert.True(result.IsSuccessful, $"{layer} uses a layer it may not: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>The namespaces of the layers this layer may not use: every other layer not in its row.</summary>
    private static IEnumerable<string> Forbidden(string root, string layer, IReadOnlyDictionary<string, string[]> table) =>
        table.Keys.Where(other => other != layer && !table[layer].Contains(other)).Select(other => $"{root}.{other}");

    private static IEnumerable<string> Namespaces(Assembly assembly, string root) =>
        assembly.GetTypes().Select(t => t.Namespace ?? string.Empty)
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(n => n[(root.Length + 1)..].Split('.')[0])
            .Distinct(StringComparer.Ordinal);

    private static bool Reaches(IReadOnlyDictionary<string, string[]> table, string from, string target, HashSet<string> seen)
    {
        foreach (var next in table[from])
        {
            if (next == target || (seen.Add(next) && Reaches(table, next, target, seen)))
            {
                return true;
            }
        }

        return false;
    }
}
