using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Laboratories;

public sealed class LaboratoryRequestValidator : AbstractValidator<LaboratoryRequest>
{
    public LaboratoryRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches(LaboratoryCode.Pattern).WithMessage(LaboratoryCode.Explanation);
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Level).NotNull().IsInEnum();
        RuleFor(x => x.AccreditationNo).OptionalText(50);
        RuleFor(x => x.Address).RequiredText(300);
    }
}

public sealed class LaboratoryUpdateValidator : AbstractValidator<LaboratoryUpdate>
{
    public LaboratoryUpdateValidator()
    {
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Level).NotNull().IsInEnum();
        RuleFor(x => x.AccreditationNo).OptionalText(50);
        RuleFor(x => x.Address).RequiredText(300);
        RuleFor(x => x.Version).ValidVersion();
    }
}
