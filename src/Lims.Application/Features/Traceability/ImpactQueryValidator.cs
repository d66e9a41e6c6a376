using FluentValidation;

namespace Lims.Application.Features.Traceability;

public sealed class ImpactQueryValidator : AbstractValidator<ImpactQuery>
{
    public ImpactQueryValidator()
    {
        RuleFor(x => x.AssetNo).NotEmpty().MaximumLength(40);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
