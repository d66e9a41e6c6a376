namespace Lims.Domain.Intake;

public enum SubmissionStatus
{
    /// <summary>The instruments are at the laboratory.</summary>
    Open,

    /// <summary>Every work order finished and the instruments handed back.</summary>
    Returned,
}
