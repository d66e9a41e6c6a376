using Lims.Infrastructure.Certificates;

namespace Lims.Application.Tests.Certificates;

public sealed class ScriptRunTests
{
    [Test]
    public void A_bilingual_label_splits_into_a_chinese_run_and_a_latin_run()
    {
        var runs = ScriptRun.Split("送检单位 Customer");

        Assert.That(runs, Is.EqualTo(new[] { new ScriptRun("送检单位", true), new ScriptRun(" Customer", false) }));
    }

    [Test]
    public void Full_width_punctuation_stays_with_the_chinese_font()
    {
        var runs = ScriptRun.Split("外观完好，功能正常 / Good");

        Assert.That(runs[0], Is.EqualTo(new ScriptRun("外观完好，功能正常", true)));
    }

    [Test]
    public void A_page_label_alternates_between_the_fonts()
    {
        var runs = ScriptRun.Split("第 1 页");

        Assert.That(runs.Select(r => r.IsCjk), Is.EqualTo((bool[])[true, false, true]));
    }
}
