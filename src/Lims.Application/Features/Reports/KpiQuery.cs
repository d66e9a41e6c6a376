namespace Lims.Application.Features.Reports;

/// <summary><c>year</c> 2000–2999; <c>laboratoryCode</c> absent = city-wide; <c>format</c> json (default), csv or xlsx.</summary>
public sealed record KpiQuery(int? Year, string? LaboratoryCode, string? Format)
{
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "xlsx"];

    public string FormatOrDefault => string.IsNullOrWhiteSpace(Format) ? "json" : Format.Trim().ToLowerInvariant();
}
