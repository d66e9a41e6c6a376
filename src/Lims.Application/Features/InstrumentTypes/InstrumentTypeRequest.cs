using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.InstrumentTypes;

/// <summary>
/// <c>compulsory</c>: in the catalogue, under compulsory verification. <c>compulsoryUses</c>: the uses the
/// catalogue names for it (强制检定范围); absent = all four of the Metrology Law. <c>compulsoryVerification</c>:
/// <c>Periodic</c> (absent) or <c>InitialOnly</c> (只做首次强制检定).
/// </summary>
public sealed record InstrumentTypeRequest(
    string? Code,
    string? Name,
    string? ProcedureCode,
    bool? Compulsory,
    int? IntervalMonths,
    decimal? Fee,
    IReadOnlyList<InstrumentUsage>? CompulsoryUses = null,
    CompulsoryVerification? CompulsoryVerification = null) : ICompulsoryScopeRequest;

/// <summary>As <see cref="InstrumentTypeRequest"/>; absent <c>compulsoryUses</c> or <c>compulsoryVerification</c> keep those of a type already in the catalogue.</summary>
public sealed record InstrumentTypeUpdate(
    string? Name,
    string? ProcedureCode,
    bool? Compulsory,
    int? IntervalMonths,
    decimal? Fee,
    int? Version,
    IReadOnlyList<InstrumentUsage>? CompulsoryUses = null,
    CompulsoryVerification? CompulsoryVerification = null) : ICompulsoryScopeRequest;

/// <summary>What a request says of the catalogue.</summary>
public interface ICompulsoryScopeRequest
{
    bool? Compulsory { get; }

    IReadOnlyList<InstrumentUsage>? CompulsoryUses { get; }

    CompulsoryVerification? CompulsoryVerification { get; }
}

/// <summary><c>compulsoryUses</c> is empty and <c>compulsoryVerification</c> null for a type not in the catalogue.</summary>
public sealed record InstrumentTypeResponse(
    Guid Id,
    string Code,
    string Name,
    string ProcedureCode,
    bool Compulsory,
    IReadOnlyList<InstrumentUsage> CompulsoryUses,
    CompulsoryVerification? CompulsoryVerification,
    int IntervalMonths,
    decimal Fee,
    int Version)
{
    public static InstrumentTypeResponse From(InstrumentType t) =>
        new(t.Id, t.Code, t.Name, t.ProcedureCode, t.Compulsory, t.CompulsoryUses, t.Compulsory ? t.CompulsoryVerification : null, t.IntervalMonths, t.Fee, t.Version);
}
