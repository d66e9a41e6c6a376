using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Common.Idempotency;

namespace Lims.Application.Features.Intake;

/// <summary>
/// Takes a submission at the desk and hands it to the <see cref="IntakeQueue"/>, which registers it
/// with the others sent at the same moment. Holds no database context: the request itself reads
/// and writes nothing, its batch does.
/// </summary>
public sealed class IntakeDesk(IntakeQueue queue, ICurrentUser user)
{
    public const string Route = "POST /api/submissions";

    /// <summary>
    /// Registers every item in one transaction: the receipt number, the submission, one work
    /// order per item, the instruments marked as at the laboratory. Anything refused writes nothing.
    /// A retry with a known <c>Idempotency-Key</c> is answered with the first response, its key looked up with the batch's.
    /// The submission is for the receptionist's own laboratory (rule 12): <c>laboratoryCode</c> may be left out, or must name it.
    /// </summary>
    public async Task<(SubmissionCreated Created, bool Replayed)> HandInAsync(SubmissionRequest request, string? idempotencyKey)
    {
        await RequestValidation.EnsureValidAsync(request, CancellationToken.None);
        IdempotencyClaim.EnsureValidKey(idempotencyKey);
        request = request with { LaboratoryCode = user.OwnLaboratoryFor(request.LaboratoryCode, "submission-for-another-laboratory", "submission") };
        var claim = string.IsNullOrEmpty(idempotencyKey) ? null : IdempotencyClaim.Of(Route, user.UserName, idempotencyKey, request);
        return await queue.HandInAsync(new PendingIntake(request, user.UserName, claim));
    }
}
