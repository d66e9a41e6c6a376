using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Application.Features.WorkOrders;

/// <summary>
/// <c>GET /api/work-orders/{id}/worksheet</c>: what the technician fills for this work order. With a
/// template: its parameters (with the values recorded, or the instrument's last ones), and once
/// they are complete the test items with every point's nominal value, MPE and readings to take,
/// the evaluation method and each point's budget (equipment lines resolved when the equipment is
/// named). Without a template (<see cref="Template"/> null) points are entered freely.
/// </summary>
public sealed record WorksheetResponse(
    Guid WorkOrderId,
    string ProcedureCode,
    WorksheetTemplate? Template,
    IReadOnlyList<WorksheetParameter> Parameters,
    bool InService,
    bool Complete,
    string? Quantity,
    string? Unit,
    EvaluationMethod? Method,
    IReadOnlyList<WorksheetItemResponse> Items,
    int Version);

public sealed record WorksheetTemplate(Guid Id, int Number, string? LaboratoryCode, string Basis);

public sealed record WorksheetParameter(string Name, string Label, TemplateParameterKind Kind, string? Unit, IReadOnlyList<string>? Choices, string? Value);

public sealed record WorksheetItemResponse(string Code, string Name, TestItemKind Kind, int ReadingsPerPoint, IReadOnlyList<WorksheetPointResponse> Points);

/// <summary>One point to measure. <see cref="Components"/> is its budget ready for <see cref="PointEvaluator"/>, equipment lines included once the equipment is known.</summary>
public sealed record WorksheetPointResponse(int Index, string? Label, decimal Nominal, decimal MpeLower, decimal MpeUpper, string Mpe, IReadOnlyList<UncertaintyComponent>? Components)
{
    /// <summary>The point with its readings, to evaluate in process as they are typed: <c>PointEvaluator.Evaluate(point.With(quantity, unit, readings), method)</c>.</summary>
    public MeasurementPoint With(string quantity, string unit, IReadOnlyList<decimal> readings) =>
        new(quantity, unit, Nominal, readings, new Tolerance(MpeLower, MpeUpper), Components ?? []);
}

/// <summary><c>PUT /api/work-orders/{id}/parameters</c>: the instrument's values for the template, e.g. <c>{"max": "15", "e": "0.005", "class": "III"}</c>.</summary>
public sealed record ParametersRequest(IReadOnlyDictionary<string, string>? Values, bool? InService, int? Version);

/// <summary>One test item filled in: a check's <see cref="Passed"/>, or each point's readings in worksheet order.</summary>
public sealed record TestItemResultRequest(string? Code, bool? Passed, IReadOnlyList<IReadOnlyList<decimal>>? Points);
