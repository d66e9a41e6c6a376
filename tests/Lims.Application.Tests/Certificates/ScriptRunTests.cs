using Lims.Infrastructure.Certificates;

namespace Lims.Application.Tests.Certificates;

public sealed class ScriptRunTests
{
    [Test]
    public void A_bilingual_label_is_a_chinese_run_then_a_latin_run_with_the_space()
    {
        const string label = "送检单位 Customer";

        Assert.Multiple(() =>
        {
            Assert.That((ScriptRun.Length(label, 0), ScriptRun.IsCjkChar(label[0])), Is.EqualTo((4, true)));
            Assert.That((ScriptRun.Length(label, 4), ScriptRun.IsCjkChar(label[4])), Is.EqualTo((9, false)));
        });
    }

    [Test]
    public void Full_width_punctuation_stays_with_the_chinese_font()
    {
        Assert.That(ScriptRun.Length("外观完好，功能正常 / Good", 0), Is.EqualTo("外观完好，功能正常".Length));
    }

    [Test]
    public void A_page_label_alternates_between_the_fonts()
    {
        const string label = "第 1 页";

        Assert.That((ScriptRun.Length(label, 0), ScriptRun.Length(label, 1), ScriptRun.Length(label, 4)), Is.EqualTo((1, 3, 1)));
    }
}
