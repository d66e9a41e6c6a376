using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using static Lims.Domain.Instruments.InstrumentUsage;

namespace Lims.Api.Demo;

/// <summary>The demo laboratory network's fixed data: who, what and under which documents.</summary>
internal static class DemoCatalogue
{
    public static readonly (string Code, string Name, LaboratoryLevel Level, string Accreditation, string Address)[] Laboratories =
    [
        ("JM", "江门市计量测试所", LaboratoryLevel.City, "(粤)法计(2021)07001号", "广东省江门市蓬江区建设三路 128 号"),
        ("TS", "台山市计量所", LaboratoryLevel.County, "(粤)法计(2020)07012号", "广东省台山市台城环市东路 35 号"),
        ("KP", "开平市计量所", LaboratoryLevel.County, "(粤)法计(2020)07013号", "广东省开平市长沙街道港口路 8 号"),
        ("HS", "鹤山市计量所", LaboratoryLevel.County, "(粤)法计(2022)07015号", "广东省鹤山市沙坪街道人民路 66 号"),
    ];

    public static readonly (string Code, string Title, ProcedureKind Kind)[] Procedures =
    [
        ("JJG 539-2016", "数字指示秤", ProcedureKind.VerificationRegulation),
        ("JJG 1118-2015", "电子汽车衡(衡器载荷测量仪法)", ProcedureKind.VerificationRegulation),
        ("JJG 443-2023", "燃油加油机", ProcedureKind.VerificationRegulation),
        ("JJG 517-2016", "出租汽车计价器", ProcedureKind.VerificationRegulation),
        ("JJG 692-2010", "无创自动测量血压计", ProcedureKind.VerificationRegulation),
        ("JJG 52-2013", "弹性元件式一般压力表、压力真空表和真空表", ProcedureKind.VerificationRegulation),
        ("JJG 162-2019", "饮用冷水水表", ProcedureKind.VerificationRegulation),
        ("JJF 1101-2019", "环境试验设备温度、湿度参数校准规范", ProcedureKind.CalibrationSpecification),
        ("JJF 1587-2016", "数字多用表校准规范", ProcedureKind.CalibrationSpecification),
    ];

    /// <summary>
    /// Type code, name, procedure, the uses for which the catalogue of instruments under compulsory
    /// management (市场监管总局公告 2020 年第 42 号) puts it under compulsory verification (none: not in
    /// it), how, interval (months; for a water meter its period of use) and fee (CNY). docs/domain.md
    /// gives the catalogue's item for each.
    /// </summary>
    public static readonly (string Code, string Name, string Procedure, InstrumentUsage[] CompulsoryUses, CompulsoryVerification Way, int Months, decimal Fee)[] InstrumentTypes =
    [
        ("PRICE-SCALE", "电子计价秤", "JJG 539-2016", [TradeSettlement], CompulsoryVerification.Periodic, 12, 30m),
        ("TRUCK-SCALE", "电子汽车衡", "JJG 1118-2015", [TradeSettlement], CompulsoryVerification.Periodic, 12, 800m),
        ("FUEL-DISPENSER", "燃油加油机", "JJG 443-2023", [TradeSettlement], CompulsoryVerification.Periodic, 6, 120m),
        ("TAXI-METER", "出租汽车计价器", "JJG 517-2016", [TradeSettlement], CompulsoryVerification.Periodic, 12, 60m),
        ("BP-MONITOR", "电子血压计", "JJG 692-2010", [HealthCare], CompulsoryVerification.Periodic, 12, 40m),
        ("PRESSURE-GAUGE", "一般压力表", "JJG 52-2013", [SafetyProtection], CompulsoryVerification.Periodic, 6, 50m),
        ("WATER-METER", "饮用冷水水表(DN15~DN25)", "JJG 162-2019", [TradeSettlement], CompulsoryVerification.InitialOnly, 72, 15m),
        ("CLIMATE-CHAMBER", "恒温恒湿试验箱", "JJF 1101-2019", [], CompulsoryVerification.Periodic, 12, 450m),
        ("MULTIMETER", "数字多用表", "JJF 1587-2016", [], CompulsoryVerification.Periodic, 12, 180m),
    ];

    /// <summary>
    /// Customers of every category, what their instruments are used for and the instrument types they
    /// hand in. The same pressure gauge is under compulsory verification on the paper mill's boiler
    /// and not on the motorcycle maker's test bench or in the clinic; the water company's meters are
    /// verified once, before they are fitted.
    /// </summary>
    public static readonly (string Name, string District, CustomerCategory Category, string Contact, string Phone, string Division, InstrumentUsage Usage, string[] Types)[] Customers =
    [
        ("江门市蓬江区华润万家超市有限公司", "蓬江区", CustomerCategory.Market, "陈经理", "0750-3123456", "440703", TradeSettlement, ["PRICE-SCALE", "PRICE-SCALE", "PRICE-SCALE", "PRICE-SCALE"]),
        ("江门市新会区会城农贸市场管理有限公司", "新会区", CustomerCategory.Market, "梁主任", "13902212345", "440705", TradeSettlement, ["PRICE-SCALE", "PRICE-SCALE", "PRICE-SCALE", "TRUCK-SCALE"]),
        ("江门市中心医院", "蓬江区", CustomerCategory.Medical, "吴科长", "0750-3165000", "440703", HealthCare, ["BP-MONITOR", "BP-MONITOR", "BP-MONITOR"]),
        ("中国石化销售股份有限公司广东江门石油分公司", "江海区", CustomerCategory.FuelStation, "黄站长", "13709661234", "440704", TradeSettlement, ["FUEL-DISPENSER", "FUEL-DISPENSER", "FUEL-DISPENSER"]),
        ("江门市粤运出租汽车有限公司", "蓬江区", CustomerCategory.Taxi, "李队长", "0750-3356789", "440703", TradeSettlement, ["TAXI-METER", "TAXI-METER", "TAXI-METER"]),
        ("台山市广海镇海产品交易市场", "台山市", CustomerCategory.Market, "伍先生", "13680301234", "440781", TradeSettlement, ["PRICE-SCALE", "PRICE-SCALE"]),
        ("江门市大长江集团有限公司", "蓬江区", CustomerCategory.Enterprise, "赵工", "0750-3888888", "440703", Other, ["PRESSURE-GAUGE", "PRESSURE-GAUGE", "CLIMATE-CHAMBER", "MULTIMETER"]),
        ("江门市市场监督管理局", "蓬江区", CustomerCategory.Government, "何科员", "0750-3500123", "440703", TradeSettlement, ["PRICE-SCALE", "MULTIMETER"]),
        ("鹤山市沙坪街道社区卫生服务中心", "鹤山市", CustomerCategory.Other, "冯护士长", "13531501234", "440784", HealthCare, ["BP-MONITOR", "PRESSURE-GAUGE"]),
        ("江门市新会区港兴纸业有限公司", "新会区", CustomerCategory.Enterprise, "周工", "13822312345", "440705", SafetyProtection, ["PRESSURE-GAUGE", "PRESSURE-GAUGE"]),
        ("江门市水务集团有限公司", "蓬江区", CustomerCategory.Enterprise, "梁工", "0750-3270000", "440703", TradeSettlement, ["WATER-METER", "WATER-METER", "WATER-METER"]),
    ];
}
