using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.Standards;

namespace Lims.Application.Features.Traceability;

/// <summary>
/// The customer of <c>certificateNo</c> was told that equipment <c>assetNo</c> its results used was
/// found out of tolerance: <c>how</c> (Phone, Letter, Email), <c>toldOn</c> (today when left out), a note.
/// </summary>
public sealed record CustomerNoticeRequest(string? AssetNo, string? CertificateNo, NoticeMethod? How, DateOnly? ToldOn, string? Note);

public sealed record CustomerNoticeResponse(Guid Id, string AssetNo, string CertificateNo, Guid CustomerId, NoticeMethod How, DateOnly ToldOn, string ToldBy, string? Note, DateTimeOffset RecordedAt)
{
    public static CustomerNoticeResponse From(CustomerNotice n) => new(n.Id, n.AssetNo, n.CertificateNo, n.CustomerId, n.How, n.ToldOn, n.ToldBy, n.Note, n.RecordedAt);
}

public sealed class CustomerNoticeRequestValidator : AbstractValidator<CustomerNoticeRequest>
{
    public CustomerNoticeRequestValidator()
    {
        RuleFor(x => x.AssetNo).NotEmpty().MaximumLength(40);
        RuleFor(x => x.CertificateNo).NotEmpty().MaximumLength(48);
        RuleFor(x => x.How).NotNull().IsInEnum();
        RuleFor(x => x.Note).OptionalText(1000);
    }
}
