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
}
