namespace Lims.Domain.Customers;

/// <summary>
/// The part of a unified social credit code (统一社会信用代码, GB 32100-2015) that a validation found
/// wrong. Parts are checked in the order listed here and the first wrong one is reported.
/// </summary>
public enum CreditCodePart
{
    /// <summary>Nothing entered, or not 18 characters.</summary>
    Length,

    /// <summary>A character outside 0-9 and A-Z without I, O, Z, S, V.</summary>
    Alphabet,

    /// <summary>Character 1, 登记管理部门代码.</summary>
    RegistrationAuthority,

    /// <summary>Character 2, 机构类别代码, which depends on the registration authority.</summary>
    EntityType,

    /// <summary>Characters 3-8, 登记管理机关行政区划码.</summary>
    AdministrativeDivision,

    /// <summary>Characters 9-17, 主体标识码 (组织机构代码, GB 11714) and its own check digit.</summary>
    OrganizationCode,

    /// <summary>Character 18, the GB 32100 check character (校验码).</summary>
    CheckCharacter,
}
