using Lims.Domain.Common;

namespace Lims.Domain.Measurements;

/// <summary>
/// How much one set of results may hold: no verification regulation or calibration specification
/// calls for more points, nor an uncertainty budget for more components, and a certificate must
/// stay readable. More is refused as a rule (422), not as a malformed request.
/// </summary>
public static class ResultLimits
{
    public const int MaxPoints = 100;

    public const int MaxComponentsPerPoint = 30;

    public const string TooManyPoints = "too-many-points";

    public const string TooManyComponents = "too-many-components";

    public static void Ensure(IReadOnlyList<MeasurementPoint> points)
    {
        if (points.Count > MaxPoints)
        {
            throw new DomainRuleException(TooManyPoints, $"A result holds at most {MaxPoints} measurement points; this one has {points.Count}. Split the work into several work orders.");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].TypeBComponents.Count > MaxComponentsPerPoint)
            {
                throw new DomainRuleException(TooManyComponents, $"Point {i + 1} has {points[i].TypeBComponents.Count} uncertainty components; at most {MaxComponentsPerPoint} are allowed.");
            }
        }
    }
}
