using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Instruments;

public sealed class InstrumentRequestValidator : AbstractValidator<InstrumentRequest>
{
    public InstrumentRequestValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.TypeCode).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Manufacturer).RequiredText(100);
        RuleFor(x => x.SerialNumber).RequiredText(100).Identifier();
        Include(new InstrumentDescriptionValidator());
        RuleFor(x => x.LastVerification!).SetValidator(new LastVerificationRequestValidator()).When(x => x.LastVerification is not null);
    }
}

public sealed class LastVerificationRequestValidator : AbstractValidator<LastVerificationRequest>
{
    public LastVerificationRequestValidator()
    {
        RuleFor(x => x.CertificateNo).RequiredText(100);
        RuleFor(x => x.IssuedBy).RequiredText(200);
        RuleFor(x => x.PerformedOn).NotNull();
        RuleFor(x => x.Conclusion).NotNull().IsInEnum();
    }
}

public sealed class InstrumentUpdateValidator : AbstractValidator<InstrumentUpdate>
{
    public InstrumentUpdateValidator()
    {
        Include(new InstrumentDescriptionValidator());
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class InstrumentDescriptionValidator : AbstractValidator<IInstrumentDescription>
{
    public InstrumentDescriptionValidator()
    {
        RuleFor(x => x.Model).RequiredText(100);
        RuleFor(x => x.Range).RequiredText(100);
        RuleFor(x => x.AccuracyClass).OptionalText(50);
        RuleFor(x => x.Usage).NotNull().IsInEnum();
        RuleFor(x => x.Location).OptionalText(200);
    }
}

public sealed class RetireInstrumentRequestValidator : AbstractValidator<RetireInstrumentRequest>
{
    public RetireInstrumentRequestValidator()
    {
        RuleFor(x => x.Reason).RequiredText(500);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class InstrumentQueryValidator : AbstractValidator<InstrumentQuery>
{
    public InstrumentQueryValidator() => RuleFor(x => x.SerialNumber).OptionalText(100);
}
