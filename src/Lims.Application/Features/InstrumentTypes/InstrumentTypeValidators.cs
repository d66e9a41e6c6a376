using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.InstrumentTypes;

public sealed class InstrumentTypeRequestValidator : AbstractValidator<InstrumentTypeRequest>
{
    public InstrumentTypeRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
            .WithMessage("'code' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.ProcedureCode).NotEmpty().MaximumLength(40);
        Include(new CompulsoryScopeValidator());
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
        Include(new CompulsoryScopeValidator());
        RuleFor(x => x.IntervalMonths).NotNull().InclusiveBetween(1, 120);
        RuleFor(x => x.Fee).NotNull().Money();
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CompulsoryScopeValidator : AbstractValidator<ICompulsoryScopeRequest>
{
    public CompulsoryScopeValidator()
    {
        RuleFor(x => x.Compulsory).NotNull();
        RuleFor(x => x.CompulsoryUses)
            .Must(uses => uses!.Count > 0)
            .WithMessage("'compulsoryUses' must name at least one use; leave it out for all four (trade settlement, health care, safety protection, environmental monitoring).")
            .Must(uses => uses!.All(InstrumentType.LegalUses.Contains))
            .WithMessage("'compulsoryUses' may name only TradeSettlement, HealthCare, SafetyProtection and EnvironmentalMonitoring.")
            .When(x => x.Compulsory == true && x.CompulsoryUses is not null);
        RuleFor(x => x.CompulsoryUses)
            .Must(uses => uses is null || uses.Count == 0)
            .WithMessage("'compulsoryUses' is for a type in the compulsory verification catalogue ('compulsory': true).")
            .When(x => x.Compulsory == false);
        RuleFor(x => x.CompulsoryVerification).IsInEnum();
        RuleFor(x => x.CompulsoryVerification)
            .NotEqual(CompulsoryVerification.InitialOnly)
            .WithMessage("'compulsoryVerification' InitialOnly is for a type in the compulsory verification catalogue ('compulsory': true).")
            .When(x => x.Compulsory == false);
    }
}
