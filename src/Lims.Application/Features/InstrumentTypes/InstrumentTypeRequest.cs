using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.InstrumentTypes;

public sealed record InstrumentTypeRequest(string? Code, string? Name, string? ProcedureCode, bool? Compulsory, int? IntervalMonths, decimal? Fee);

public sealed record InstrumentTypeUpdate(string? Name, string? ProcedureCode, bool? Compulsory, int? IntervalMonths, decimal? Fee, int? Version);

public sealed record InstrumentTypeResponse(Guid Id, string Code, string Name, string ProcedureCode, bool Compulsory, int IntervalMonths, decimal Fee, int Version)
{
    public static InstrumentTypeResponse From(InstrumentType t) =>
        new(t.Id, t.Code, t.Name, t.ProcedureCode, t.Compulsory, t.IntervalMonths, t.Fee, t.Version);
}
