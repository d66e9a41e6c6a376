using Lims.Application.Features.WorkOrders;

namespace Lims.Api.Demo;

/// <summary>What the bench measures for each instrument type, with numbers that pass (or fail) its MPE.</summary>
internal static class DemoJobs
{
    /// <summary>Quantity, unit, nominal values and the MPE of each (null: calibration without specification).</summary>
    private static readonly Dictionary<string, (string Quantity, string Unit, decimal[] Nominals, decimal?[] Mpe)> Points = new()
    {
        ["PRICE-SCALE"] = ("质量 Mass", "kg", [0.5m, 2m, 15m], [0.005m, 0.005m, 0.010m]),
        ["TRUCK-SCALE"] = ("质量 Mass", "t", [1m, 10m, 30m], [0.01m, 0.02m, 0.03m]),
        ["FUEL-DISPENSER"] = ("体积 Volume", "L", [20m, 20m, 100m], [0.06m, 0.06m, 0.3m]),
        ["TAXI-METER"] = ("里程 Distance", "km", [1m, 5m], [0.01m, 0.05m]),
        ["BP-MONITOR"] = ("压力 Pressure", "kPa", [0m, 13.3m, 26.7m], [0.4m, 0.4m, 0.4m]),
        ["PRESSURE-GAUGE"] = ("压力 Pressure", "MPa", [0.4m, 0.8m, 1.6m], [0.0256m, 0.0256m, 0.0256m]),
        // Volume passed at Q1 (±5 %), Q2 and Q3 (±2 %).
        ["WATER-METER"] = ("体积 Volume", "L", [10m, 10m, 100m], [0.5m, 0.2m, 2m]),
        ["CLIMATE-CHAMBER"] = ("温度 Temperature", "°C", [20m, 40m, 60m], [null, null, null]),
        ["MULTIMETER"] = ("直流电压 DC voltage", "V", [1m, 10m, 100m], [0.0005m, 0.005m, 0.05m]),
    };

    /// <summary>
    /// Three readings per point: offset by a fifth of the MPE (or 1.5 MPE when the instrument is
    /// to fail), spread by a twentieth; Type B components a fortieth and a fiftieth of the MPE. The
    /// expanded uncertainty is then about 0.07 MPE, well inside the MPE/3 a verification needs.
    /// </summary>
    public static ResultsRequest Results(string typeCode, string assetNo, DateOnly performedOn, bool pass, int version = 0)
    {
        var (quantity, unit, nominals, mpes) = Points[typeCode];
        var points = nominals.Select((nominal, i) =>
        {
            var scale = mpes[i] ?? Math.Max(Math.Abs(nominal) / 100m, 0.1m);
            var offset = (pass ? 0.2m : 1.5m) * scale;
            var spread = scale / 20m;
            return new PointRequest(quantity, unit, nominal, [nominal + offset, nominal + offset, nominal + offset + spread], mpes[i],
            [
                new ComponentRequest("standard U/k", (double)(scale / 40m), null),
                new ComponentRequest("resolution d/(2√3)", (double)(scale / 50m), null),
            ]);
        }).ToList();
        return new ResultsRequest(performedOn, 20.5m + version, 52m, "江门市计量测试所 1 号实验室", [assetNo], null, points, "", null);
    }
}
