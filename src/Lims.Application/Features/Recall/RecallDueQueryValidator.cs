using FluentValidation;

namespace Lims.Application.Features.Recall;

public sealed class RecallDueQueryValidator : AbstractValidator<RecallDueQuery>
{
    public const int MaxWithin = 366;

    public RecallDueQueryValidator()
    {
        RuleFor(x => x.Within).InclusiveBetween(0, MaxWithin);
        RuleFor(x => x.CustomerId).NotEqual(Guid.Empty);
    }
}
