using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Standards;

namespace Lims.Application.Features.Imports;

/// <summary>The values import files write in Chinese, as the interface shows them (the first label of each is the template's).</summary>
public static class ImportLabels
{
    public static readonly ImportChoices<CustomerCategory> Categories = new(
        ("集贸市场", CustomerCategory.Market), ("医疗卫生", CustomerCategory.Medical), ("加油站", CustomerCategory.FuelStation),
        ("出租车", CustomerCategory.Taxi), ("企业", CustomerCategory.Enterprise), ("机关事业单位", CustomerCategory.Government), ("其他", CustomerCategory.Other),
        ("市场", CustomerCategory.Market), ("医疗机构", CustomerCategory.Medical), ("出租汽车", CustomerCategory.Taxi), ("机关", CustomerCategory.Government), ("事业单位", CustomerCategory.Government));

    public static readonly ImportChoices<InstrumentUsage> Usages = new(
        ("贸易结算", InstrumentUsage.TradeSettlement), ("医疗卫生", InstrumentUsage.HealthCare), ("安全防护", InstrumentUsage.SafetyProtection),
        ("环境监测", InstrumentUsage.EnvironmentalMonitoring), ("其他", InstrumentUsage.Other));

    public static readonly ImportChoices<PriorConclusion> Conclusions = new(("合格", PriorConclusion.Pass), ("不合格", PriorConclusion.Fail));

    public static readonly ImportChoices<CalibrationConformity> Conformities = new(
        ("合格", CalibrationConformity.Pass), ("不合格", CalibrationConformity.Fail), ("未给出", CalibrationConformity.NotStated), ("未判定", CalibrationConformity.NotStated));

    /// <summary>Roles by their Chinese names; <see cref="Role"/> gives the API's name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["系统管理员"] = Common.Roles.Admin,
        ["管理员"] = Common.Roles.Admin,
        ["收样员"] = Common.Roles.Reception,
        ["业务受理"] = Common.Roles.Reception,
        ["检定员"] = Common.Roles.Technician,
        ["核验员"] = Common.Roles.Reviewer,
        ["批准人"] = Common.Roles.Approver,
        ["质量负责人"] = Common.Roles.QualityManager,
    };

    /// <summary>The API's role name for a Chinese one; any other text is left as it is, for the validator to judge.</summary>
    public static string Role(string text) =>
        Roles.TryGetValue(text, out var role) ? role : Common.Roles.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase)) ?? text;
}
