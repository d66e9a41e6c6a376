using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.InstrumentTypes;

public sealed class InstrumentTypeRequestValidator : AbstractValidator<InstrumentTypeRequest>
{
    public InstrumentTypeRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
            .WithMessage("'code' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.ProcedureCode).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Compulsory).NotNull();
        RuleFor(x => x.IntervalMonths).NotNull().InclusiveBetween(1, 120);
        RuleFor(x => x.Fee).NotNull().Money();
    }
}

public sealed class InstrumentTypeUpdateValidator : AbstractValidator<InstrumentTypeUpdate>
{
    public InstrumentTypeUpdateValidator()
    {
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.ProcedureCode).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Compulsory).NotNull();
        RuleFor(x => x.IntervalMonths).NotNull().InclusiveBetween(1, 120);
        RuleFor(x => x.Fee).NotNull().Money();
        RuleFor(x => x.Version).ValidVersion();
    }
}
