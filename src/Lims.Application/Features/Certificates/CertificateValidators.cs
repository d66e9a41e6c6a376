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
            c.RuleFor(x => x).Must(x => (x.CustomerName ?? x.CustomerAddress ?? x.Manufacturer ?? x.Model ?? x.SerialNumber ?? x.Range ?? x.AccuracyClass ?? x.Remarks) is not null)
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
