using Lims.Application.Common.Idempotency;

namespace Lims.Application.Features.Intake;

/// <summary>A validated submission waiting at the desk for the next batch, with who handed it in and the answer to give.</summary>
internal sealed class PendingIntake(SubmissionRequest request, string userName, IdempotencyClaim? claim)
{
    public SubmissionRequest Request { get; } = request;

    public string UserName { get; } = userName;

    public IdempotencyClaim? Claim { get; } = claim;

    public int ItemCount => Request.Items!.Count;

    public TaskCompletionSource<(SubmissionCreated Created, bool Replayed)> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
