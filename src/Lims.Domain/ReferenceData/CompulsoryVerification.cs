namespace Lims.Domain.ReferenceData;

/// <summary>
/// How an instrument under compulsory verification is verified (强制检定方式, 市场监管总局公告 2020 年第 42 号,
/// 第四条).
/// </summary>
public enum CompulsoryVerification
{
    /// <summary>周期检定: verified again within every interval; it has a due date and is recalled.</summary>
    Periodic,

    /// <summary>
    /// 只做首次强制检定: verified once, before first use, then used until its period of use ends (限期使用，到期轮换)
    /// or until it is found inaccurate (失准报废). It has no due date and is never recalled.
    /// </summary>
    InitialOnly,
}
