namespace Lims.Domain.ProcedureTemplates;

/// <summary>What the technician entered for one test item: a check's outcome, or the readings of each point in worksheet order.</summary>
public sealed record TestItemEntry(string Code, bool? Passed, IReadOnlyList<IReadOnlyList<decimal>>? Readings);
