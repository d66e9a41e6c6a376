namespace Lims.Infrastructure.Certificates;

/// <summary>Where a string changes font: Chinese (Droid Sans Fallback) or everything else (DejaVu Sans); spaces belong to the Latin font.</summary>
internal static class ScriptRun
{
    /// <summary>How many characters from <paramref name="start"/> on share the script of the first (no allocation: the painter's loop).</summary>
    public static int Length(ReadOnlySpan<char> text, int start)
    {
        var cjk = IsCjkChar(text[start]);
        var end = start + 1;
        while (end < text.Length && IsCjkChar(text[end]) == cjk)
        {
            end++;
        }

        return end - start;
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
}
