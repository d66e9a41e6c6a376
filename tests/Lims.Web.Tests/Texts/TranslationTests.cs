using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lims.Api.Tests.Database;

namespace Lims.Web.Tests.Texts;

/// <summary>
/// Every text the interface shows has its English translation, and every enum value and refusal
/// code kept for Chinese has its Chinese text: a page never shows a key.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot.Find(), "src", "Lims.Web");

    [Test]
    public void Every_Chinese_text_of_the_interface_has_an_English_translation()
    {
        var english = Keys("Ui.en.resx");
        var missing = TextsUsed().Where(key => !IsCodeKey(key) && !english.Contains(key)).Order().ToList();

        Assert.That(missing, Is.Empty, "Add these to src/Lims.Web/Resources/Ui.en.resx");
    }

    [Test]
    public void Every_enum_value_shown_has_a_Chinese_and_an_English_text()
    {
        var chinese = Keys("Ui.resx");
        var english = Keys("Ui.en.resx");
        var shown = typeof(Lims.Web.Components.EnumText).GetField("Shown")!.GetValue(null) as IEnumerable<Type>;
        var keys = shown!.SelectMany(type => Enum.GetNames(type).Select(name => $"{type.Name}.{name}")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(keys.Where(k => !chinese.Contains(k)), Is.Empty, "Add these to Ui.resx");
            Assert.That(keys.Where(k => !english.Contains(k)), Is.Empty, "Add these to Ui.en.resx");
        });
    }

    private static bool IsCodeKey(string key) => key.EndsWith('.') || key.StartsWith("rule.", StringComparison.Ordinal);

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Web, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static IEnumerable<string> TextsUsed()
    {
        foreach (var file in Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Localised().Matches(File.ReadAllText(file)))
            {
                yield return match.Groups[1].Value;
            }
        }

        foreach (var item in Lims.Web.Layout.Navigation.Items)
        {
            yield return item.Section;
            yield return item.Label;
        }
    }

    [GeneratedRegex("""(?:\bL|\btext)\["([^"]+)"[\],]""")]
    private static partial Regex Localised();
}
