using Lims.Domain.Measurements;

namespace Lims.Domain.Tests.Measurements;

/// <summary>Small builders for the evaluator tests.</summary>
internal static class TestPoints
{
    /// <summary>
    /// One reading and one Type B component of 0.05 with infinitely many degrees of freedom:
    /// u_c = 0.05, k = 2, U = 0.10 (two decimal places).
    /// </summary>
    public static MeasurementPoint WithUOfOneTenth(decimal nominal, decimal reading, decimal? mpe) =>
        new("mass", "g", nominal, [reading], mpe, [new UncertaintyComponent("reference weight", 0.05, null)]);
}
