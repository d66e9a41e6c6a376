using Lims.Domain.Common;
using Lims.Domain.Competence;
using Lims.Domain.Intake;
using Lims.Domain.WorkOrders;

namespace Lims.Domain.Tests.WorkOrders;

/// <summary>Rule 12: the performer, reviewer and approver of a work order are people of its laboratory.</summary>
public sealed class WorkOrderLaboratoryTests
{
    private const string Procedure = "JJG 539-2016";
    private static readonly DateOnly Today = new(2026, 5, 4);

    [TestCase("TS", null, TestName = "A technician of the laboratory is assigned")]
    [TestCase("JM", "technician-of-another-laboratory", TestName = "A technician of another laboratory is not")]
    [TestCase(null, "technician-of-another-laboratory", TestName = "A technician of no laboratory is not")]
    public void Assignment(string? technicianLaboratory, string? refusal) =>
        Assert.That(CodeOf(() => Registered().Assign("tech", technicianLaboratory, Authorised("tech"), Today, DateTimeOffset.UnixEpoch)), Is.EqualTo(refusal));

    [TestCase("TS", null, TestName = "A competence granted in the work order's laboratory counts")]
    [TestCase("JM", "technician-not-authorised", TestName = "A competence granted in another laboratory does not count")]
    public void Competence_of_the_laboratory(string grantedIn, string? refusal) =>
        Assert.That(CodeOf(() => Registered().Assign("tech", "TS", [new TechnicianAuthorization("tech", grantedIn, Procedure, "粤计检字 000001", Today.AddYears(1), "quality")], Today, DateTimeOffset.UnixEpoch)), Is.EqualTo(refusal));

    [TestCase("TS", null, TestName = "Results of the laboratory's technician are recorded")]
    [TestCase("JM", "technician-of-another-laboratory", TestName = "Results of a technician who moved to another laboratory are not")]
    public void Results(string? performerLaboratory, string? refusal)
    {
        var workOrder = Assigned();
        Assert.That(CodeOf(() => workOrder.RecordResults("tech", performerLaboratory, Authorised("tech"), Today, Today, Today)), Is.EqualTo(refusal));
    }

    [TestCase("TS", null, TestName = "A reviewer of the laboratory reviews")]
    [TestCase("JM", "reviewer-of-another-laboratory", TestName = "A reviewer of another laboratory does not")]
    public void Review(string? reviewerLaboratory, string? refusal)
    {
        var workOrder = Recorded();
        Assert.That(CodeOf(() => workOrder.Review("reviewer", reviewerLaboratory, accept: true, "")), Is.EqualTo(refusal));
    }

    [TestCase("TS", null, TestName = "An approver of the laboratory approves")]
    [TestCase("JM", "approver-of-another-laboratory", TestName = "An approver of another laboratory does not")]
    [TestCase(null, "approver-of-another-laboratory", TestName = "An approver of no laboratory does not")]
    public void Approval(string? approverLaboratory, string? refusal)
    {
        var workOrder = Recorded();
        workOrder.Review("reviewer", "TS", accept: true, "");
        Assert.That(CodeOf(() => workOrder.Approve("approver", approverLaboratory, "TS-JD-2026-000001", DateTimeOffset.UnixEpoch, 1)), Is.EqualTo(refusal));
    }

    private static WorkOrder Registered() =>
        new(Guid.NewGuid(), "TS-SJ-2026-000001-01", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "TS", ServiceKind.Verification, Procedure, DateTimeOffset.UnixEpoch);

    private static WorkOrder Assigned()
    {
        var workOrder = Registered();
        workOrder.Assign("tech", "TS", Authorised("tech"), Today, DateTimeOffset.UnixEpoch);
        return workOrder;
    }

    private static WorkOrder Recorded()
    {
        var workOrder = Assigned();
        workOrder.RecordResults("tech", "TS", Authorised("tech"), Today, Today, Today);
        return workOrder;
    }

    private static TechnicianAuthorization[] Authorised(string userName) => [new(userName, "TS", Procedure, "粤计检字 000001", Today.AddYears(1), "quality")];

    private static string? CodeOf(TestDelegate action)
    {
        try
        {
            action();
            return null;
        }
        catch (DomainRuleException refusal)
        {
            return refusal.Code;
        }
    }
}
