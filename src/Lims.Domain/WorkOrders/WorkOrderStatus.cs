namespace Lims.Domain.WorkOrders;

/// <summary>Registered → Assigned → ResultsRecorded → Reviewed → Approved; Rejected goes back to Assigned; or Cancelled.</summary>
public enum WorkOrderStatus
{
    Registered,
    Assigned,
    ResultsRecorded,
    Reviewed,
    Approved,
    Rejected,
    Cancelled,
}
