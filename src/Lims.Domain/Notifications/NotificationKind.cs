namespace Lims.Domain.Notifications;

/// <summary>What a reminder is about. Each kind is one step of the recall scan.</summary>
public enum NotificationKind
{
    /// <summary>A customer's instrument is due (or overdue) for verification (rule 10).</summary>
    InstrumentDue,

    /// <summary>Equipment past its calibration due date was taken out of service (rule 10); to the quality managers.</summary>
    EquipmentCalibrationExpired,

    /// <summary>Equipment in service whose calibration falls due within the window; to the standard's custodian.</summary>
    EquipmentCalibrationDue,

    /// <summary>A measurement standard's assessment certificate expires within 6 months; to the quality managers.</summary>
    StandardAssessmentDue,

    /// <summary>A technician's authorisation expires within 60 days and was not renewed; to the quality managers.</summary>
    AuthorizationExpiring,
}
