using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.ReferenceStandards;

public sealed class ReferenceStandardRequestValidator : AbstractValidator<ReferenceStandardRequest>
{
    public ReferenceStandardRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches(StandardsCodes.Pattern).WithMessage(StandardsCodes.Explanation("code"));
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Holder).RequiredText(200);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.TracesTo).MaximumLength(32);
    }
}

public sealed class ReferenceStandardUpdateValidator : AbstractValidator<ReferenceStandardUpdate>
{
    public ReferenceStandardUpdateValidator()
    {
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Holder).RequiredText(200);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.TracesTo).MaximumLength(32);
        RuleFor(x => x.Version).ValidVersion();
    }
}
