using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Certificates;

public sealed class RevokeRequestValidator : AbstractValidator<RevokeRequest>
{
    public RevokeRequestValidator()
    {
        RuleFor(x => x.Reason).RequiredText(1000);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class AmendRequestValidator : AbstractValidator<AmendRequest>
{
    public AmendRequestValidator()
    {
        RuleFor(x => x.Reason).RequiredText(1000);
        RuleFor(x => x.Corrections).NotNull().WithMessage("Say what the amendment corrects.");
        RuleFor(x => x.Corrections!).ChildRules(c =>
        {
            c.RuleFor(x => x.CustomerName).OptionalText(200);
            c.RuleFor(x => x.CustomerAddress).OptionalText(300);
            c.RuleFor(x => x.Manufacturer).OptionalText(100);
            c.RuleFor(x => x.Model).OptionalText(100);
            c.RuleFor(x => x.SerialNumber).OptionalText(100);
            c.RuleFor(x => x.Range).OptionalText(100);
            c.RuleFor(x => x.AccuracyClass).OptionalText(50);
            c.RuleFor(x => x.Remarks).OptionalText(2000);
            c.RuleFor(x => x.InstrumentType).OptionalText(200);
            c.RuleFor(x => x).Must(x => (x.CustomerName ?? x.CustomerAddress ?? x.Manufacturer ?? x.Model ?? x.SerialNumber ?? x.Range ?? x.AccuracyClass ?? x.Remarks ?? x.InstrumentType) is not null)
                .WithName("corrections").WithMessage("Correct at least one field.");
        }).When(x => x.Corrections is not null);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CertificateQueryValidator : AbstractValidator<CertificateQuery>
{
    public CertificateQueryValidator() =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage("'to' must not be before 'from'.");
}

public sealed class CertificateChangeApprovalValidator : AbstractValidator<CertificateChangeApproval>
{
    public CertificateChangeApprovalValidator()
    {
        RuleFor(x => x.Comment).OptionalText(1000);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CertificateChangeRefusalValidator : AbstractValidator<CertificateChangeRefusal>
{
    public CertificateChangeRefusalValidator()
    {
        RuleFor(x => x.Comment).NotEmpty().WithMessage("Say why the change is refused.").MaximumLength(1000).PlainText();
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CertificateChangeQueryValidator : AbstractValidator<CertificateChangeQuery>
{
    public CertificateChangeQueryValidator() => RuleFor(x => x.CertificateNo).MaximumLength(48);
}
