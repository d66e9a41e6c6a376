namespace Lims.Domain.Measurements;

/// <summary>The verdict at one measurement point or test item; a point without an MPE has none (<c>null</c>).</summary>
public enum PointVerdict
{
    Pass,
    Fail,

    /// <summary>Guard-banded: E lies within the MPE but within w of a limit.</summary>
    ConditionalPass,

    /// <summary>Guard-banded: E lies beyond the MPE but within w of a limit.</summary>
    ConditionalFail,

    /// <summary>Verification (JJF 1094): U &gt; MPE/3 and E lies between MPE − U and MPE + U; measure again with a better method.</summary>
    Undetermined,
}
