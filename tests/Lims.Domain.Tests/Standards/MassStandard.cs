using Lims.Domain.Standards;

namespace Lims.Domain.Tests.Standards;

/// <summary>A city laboratory's E2 weight standard, its weight set calibrated by 广东省计量科学研究院.</summary>
internal static class MassStandard
{
    public const string Scale = "JJG 539-2016";
    public const string Balance = "JJG 1036-2022";
    public static readonly DateOnly Today = new(2026, 6, 1);

    public static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static MeasurementStandard Standard(DateOnly? assessmentValidUntil = null) =>
        new("JM-M-01", "E2等级砝码标准装置", "JM", "[2022]粤量标江法证字第001号", assessmentValidUntil ?? new DateOnly(2027, 3, 31), isPublicStandard: true, [Scale]);

    /// <summary>In service, calibrated 2026-01-10, valid until 2027-01-09.</summary>
    public static Equipment WeightSet(MeasurementStandard standard, CalibrationConformity conformity = CalibrationConformity.Pass)
    {
        var equipment = new Equipment("JM-ZC-0001", "E2等级砝码组 1 mg–500 g", "上海衡器厂", "E2-500", "2301457", standard);
        equipment.AddCalibration("GDJL-2026-00123", "广东省计量科学研究院", new DateOnly(2026, 1, 10), new DateOnly(2027, 1, 9), "0.05 mg (k=2)", conformity, "GD-M-E1", Today);
        return equipment;
    }

    public static ReferenceStandardGraph Graph()
    {
        var graph = new ReferenceStandardGraph([]);
        graph.Add("CN-KG", "国家千克基准", "中国计量科学研究院", ReferenceStandardKind.NationalPrimaryStandard, null);
        graph.Add("GD-M-E1", "E1等级砝码标准装置", "广东省计量科学研究院", ReferenceStandardKind.ExternalStandard, "CN-KG");
        return graph;
    }
}
