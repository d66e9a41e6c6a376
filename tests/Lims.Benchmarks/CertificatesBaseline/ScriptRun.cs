namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>A piece of a string drawn with one font: Chinese (Droid Sans Fallback) or everything else (DejaVu Sans).</summary>
internal readonly record struct ScriptRun(string Text, bool IsCjk)
{
    /// <summary>Splits <paramref name="text"/> where the script changes; spaces always belong to the Latin font.</summary>
    public static List<ScriptRun> Split(string text)
    {
        var runs = new List<ScriptRun>(4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsCjkAt(text, i) != IsCjkAt(text, start))
            {
                runs.Add(new ScriptRun(text[start..i], IsCjkAt(text, start)));
                start = i;
            }
        }

        if (start < text.Length)
        {
            runs.Add(new ScriptRun(text[start..], IsCjkAt(text, start)));
        }

        return runs;
    }

    /// <summary>True for ideographs, CJK punctuation, full-width forms and supplementary-plane ideographs.</summary>
    public static bool IsCjkChar(char c) => c switch
    {
        >= '\u2E80' and <= '\u2FDF' => true, // radicals
        >= '\u3000' and <= '\u303F' => true, // CJK symbols and punctuation: 、。《》「」
        >= '\u3100' and <= '\u312F' => true, // bopomofo
        >= '\u31C0' and <= '\u9FFF' => true, // strokes, enclosed, compatibility, ext. A, unified ideographs
        >= '\uF900' and <= '\uFAFF' => true, // compatibility ideographs
        >= '\uFE30' and <= '\uFE4F' => true, // compatibility forms
        >= '\uFF00' and <= '\uFFEF' => true, // full-width forms: ，：（）
        _ => char.IsSurrogate(c),
    };

    private static bool IsCjkAt(string text, int index) => IsCjkChar(text[index]);
}
