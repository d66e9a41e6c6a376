namespace Lims.Domain.WorkOrders;

/// <summary>
/// One version of a work order's results as sent by the technician, with the server's evaluation.
/// Versions are never changed or deleted; sending results again before review adds a version
/// (ISO/IEC 17025 7.5.2). <see cref="Points"/> is the evaluated points as JSON.
/// </summary>
public sealed class ResultRecord
{
    private ResultRecord()
    {
        RecordedBy = Location = EquipmentAssetNos = Points = Remarks = string.Empty;
        TestItems = "[]";
    }

    public ResultRecord(Guid workOrderId, int number, DateTimeOffset recordedAt, string recordedBy, DateOnly performedOn, decimal temperatureC, decimal humidityPct,
        string location, IReadOnlyList<string> equipmentAssetNos, Measurements.DecisionRule decisionRule, Measurements.OverallConclusion conclusion, string points, string remarks)
    {
        Id = Guid.CreateVersion7();
        WorkOrderId = workOrderId;
        Number = number;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
        PerformedOn = performedOn;
        TemperatureC = temperatureC;
        HumidityPct = humidityPct;
        Location = location;
        EquipmentAssetNos = string.Join('\n', equipmentAssetNos);
        DecisionRule = decisionRule;
        Conclusion = conclusion;
        Points = points;
        Remarks = remarks;
        TestItems = "[]";
    }

    public Guid Id { get; private set; }

    public Guid WorkOrderId { get; private set; }

    /// <summary>1 for the first results sent, 2 for the next…</summary>
    public int Number { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public DateOnly PerformedOn { get; private set; }

    public decimal TemperatureC { get; private set; }

    public decimal HumidityPct { get; private set; }

    public string Location { get; private set; }

    /// <summary>Asset numbers, one per line.</summary>
    public string EquipmentAssetNos { get; private set; }

    public IReadOnlyList<string> EquipmentList => EquipmentAssetNos.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public Measurements.DecisionRule DecisionRule { get; private set; }

    public Measurements.OverallConclusion Conclusion { get; private set; }

    public string Points { get; private set; }

    public string Remarks { get; private set; }

    /// <summary>The template version measured with; null for points entered freely.</summary>
    public Guid? TemplateId { get; private set; }

    /// <summary>The outcomes of the template's checks and spread items, as JSON (points carry their own test item).</summary>
    public string TestItems { get; private set; }

    /// <summary>r of the guard band the points were judged with.</summary>
    public decimal GuardBandFactor { get; private set; } = 1m;

    public void MeasuredWith(Guid? templateId, string testItems, decimal guardBandFactor)
    {
        TemplateId = templateId;
        TestItems = testItems;
        GuardBandFactor = guardBandFactor;
    }
}
