using System.Text.Json;
using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Common;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Certificates;

/// <summary>
/// Rule 13 for issued certificates: a quality manager asks for a revocation or an amendment, and
/// another approver of the certificate's laboratory approves or refuses it; only an approved
/// change touches the certificate. Requests are their laboratory's records (rule 12).
/// </summary>
public sealed class CertificateChangeHandler(ILimsDb db, CertificateIssuer issuer, ICurrentUser user, TimeProvider clock, LimsMetrics metrics)
{
    public const string ChangePending = "change-pending";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CertificateChangeResponse> RequestRevocationAsync(string certificateNo, RevokeRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var certificate = await LoadCertificateAsync(certificateNo, request.Version, ct);
        return await AddAsync(CertificateChange.Revocation(certificate, request.Reason!.Trim(), user.UserName, clock.GetUtcNow()), ct);
    }

    public async Task<CertificateChangeResponse> RequestAmendmentAsync(string certificateNo, AmendRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var certificate = await LoadCertificateAsync(certificateNo, request.Version, ct);
        var corrections = request.Corrections!;
        var change = CertificateChange.Amendment(certificate, request.Reason!.Trim(), JsonSerializer.Serialize(corrections, Json), corrections.CorrectsIdentity, user.UserName, clock.GetUtcNow());
        return await AddAsync(change, ct);
    }

    public async Task<CertificateChangeResponse> GetAsync(Guid id, CancellationToken ct) =>
        CertificateChangeResponse.From(await db.CertificateChanges.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(nameof(CertificateChange), id.ToString()));

    /// <summary>Newest first.</summary>
    public async Task<PagedList<CertificateChangeResponse>> ListAsync(CertificateChangeQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var certificateNo = query.CertificateNo is null ? null : Identifiers.Normalize(query.CertificateNo);
        var rows = await db.CertificateChanges.AsNoTracking().VisibleTo(user)
            .Where(c => query.Status == null || c.Status == query.Status)
            .Where(c => certificateNo == null || c.CertificateNo == certificateNo)
            .OrderByDescending(c => c.RequestedAt).ThenByDescending(c => c.Id)
            .ToPagedListAsync(page, ct);
        return new PagedList<CertificateChangeResponse>([.. rows.Items.Select(CertificateChangeResponse.From)], rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>Approves the request and, in the same transaction, revokes the certificate or issues its amendment.</summary>
    public async Task<CertificateChangeResponse> ApproveAsync(Guid id, CertificateChangeApproval approval, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(approval, ct);
        CertificateKind? issued = null;
        var change = await db.InTransactionAsync(async token =>
        {
            var change = await LoadAsync(id, approval.Version, token);
            var now = clock.GetUtcNow();
            change.Approve(user.UserName, string.IsNullOrWhiteSpace(approval.Comment) ? null : approval.Comment.Trim(), now);
            var certificate = await db.Certificates.SingleAsync(c => c.CertificateNo == change.CertificateNo, token);
            if (change.Kind == CertificateChangeKind.Revocation)
            {
                certificate.Revoke(change.Reason, now);
            }
            else
            {
                change.RecordIssued(await IssueAmendmentAsync(certificate, change, now, token));
                issued = certificate.Kind;
            }

            await db.SaveChangesAsync(token);
            return change;
        }, ct);
        if (issued is { } kind)
        {
            metrics.CertificateIssued(kind);
        }

        return CertificateChangeResponse.From(change);
    }

    public async Task<CertificateChangeResponse> RefuseAsync(Guid id, CertificateChangeRefusal refusal, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(refusal, ct);
        var change = await LoadAsync(id, refusal.Version, ct);
        change.Refuse(user.UserName, refusal.Comment!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CertificateChangeResponse.From(change);
    }

    private async Task<CertificateChangeResponse> AddAsync(CertificateChange change, CancellationToken ct)
    {
        if (await db.CertificateChanges.AnyAsync(c => c.CertificateNo == change.CertificateNo && c.Status == CertificateChangeStatus.Pending, ct))
        {
            throw new DomainRuleException(ChangePending,
                $"A change of certificate {change.CertificateNo} already waits for an approver's decision. Have it approved or refused first.");
        }

        db.CertificateChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return CertificateChangeResponse.From(change);
    }

    /// <summary>
    /// Issues <c>{original}-A{n}</c> with the corrections so far, signed by the approver, naming the
    /// certificate it replaces and why; the replaced one becomes Superseded. Both stay downloadable (rule 8).
    /// </summary>
    private async Task<string> IssueAmendmentAsync(Certificate current, CertificateChange change, DateTimeOffset now, CancellationToken ct)
    {
        var original = DocumentNumber.Parse(current.CertificateNo).Original.ToString();
        var existing = await db.Certificates.CountAsync(c => c.Supersedes != null && c.CertificateNo.StartsWith(original + "-A"), ct);
        var number = DocumentNumber.NextAmendmentNumber(current.CertificateNo, existing);
        current.SupersedeWith(number);

        var corrections = Merge(current.Corrections, JsonSerializer.Deserialize<AmendmentCorrections>(change.Corrections!, Json)!);
        var amended = new Certificate(number, current.Kind, current.WorkOrderId, current.InstrumentId, current.InstrumentTypeCode, current.CustomerId, current.LaboratoryCode, current.PerformedOn,
            ChinaTime.Today(clock), now, user.UserName, current.ValidUntil, current.Conclusion, VerificationCodes.New());
        amended.MarkAsAmendmentOf(current.CertificateNo, change.Reason, JsonSerializer.Serialize(corrections, Json));
        var workOrder = await db.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == current.WorkOrderId, ct);
        var results = await db.ResultRecords.AsNoTracking().SingleAsync(r => r.WorkOrderId == workOrder.Id && r.Number == workOrder.ResultCount, ct);
        var instrument = await db.Instruments.AsNoTracking().SingleAsync(i => i.Id == workOrder.InstrumentId, ct);
        var type = await db.InstrumentTypes.AsNoTracking().SingleAsync(t => t.Code == instrument.TypeCode, ct);
        var heading = new CertificateHeading(amended.Kind, amended.IssuedOn, amended.ValidUntil, amended.IssuedBy, new CertificateAmendment(current.CertificateNo, amended.AmendmentReason!));
        issuer.Issue(amended, await issuer.DraftAsync(heading, workOrder, results, instrument, type, corrections, ct));
        return number;
    }

    /// <summary>The corrections of every amendment so far, the newest winning.</summary>
    private static AmendmentCorrections Merge(string? earlier, AmendmentCorrections now)
    {
        var before = earlier is null ? null : JsonSerializer.Deserialize<AmendmentCorrections>(earlier, Json);
        return before is null ? now : new AmendmentCorrections(
            now.CustomerName ?? before.CustomerName, now.CustomerAddress ?? before.CustomerAddress, now.Manufacturer ?? before.Manufacturer, now.Model ?? before.Model,
            now.SerialNumber ?? before.SerialNumber, now.Range ?? before.Range, now.AccuracyClass ?? before.AccuracyClass, now.Remarks ?? before.Remarks);
    }

    private async Task<Certificate> LoadCertificateAsync(string certificateNo, int? version, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.CertificateNo == certificateNo, ct)
            ?? throw new NotFoundException(nameof(Certificate), certificateNo);
        user.EnsureMayChange(certificate, nameof(Certificate), certificateNo);
        VersionCheck.EnsureIfSent(certificate, nameof(Certificate), certificateNo, version);
        return certificate;
    }

    private async Task<CertificateChange> LoadAsync(Guid id, int? version, CancellationToken ct)
    {
        var change = await db.CertificateChanges.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException(nameof(CertificateChange), id.ToString());
        user.EnsureMayChange(change, nameof(CertificateChange), id.ToString());
        VersionCheck.EnsureIfSent(change, nameof(CertificateChange), id.ToString(), version);
        return change;
    }
}
