namespace Lims.Application.Features.Reports;

/// <summary>Configuration <c>Reports</c>.</summary>
public sealed class ReportOptions
{
    /// <summary>A work order still open this many days after receipt is overdue (default 10).</summary>
    public int OverdueWorkOrderDays { get; set; } = 10;
}
