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
