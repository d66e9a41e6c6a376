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
        Include(new LaboratoryContactValidator());
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
        Include(new LaboratoryContactValidator());
    }
}

/// <summary>What the certificates print to reach the laboratory, the same when it is made and changed.</summary>
public sealed class LaboratoryContactValidator : AbstractValidator<ILaboratoryContact>
{
    public LaboratoryContactValidator()
    {
        RuleFor(x => x.Telephone).OptionalText(40);
        RuleFor(x => x.Postcode).Matches("^[0-9]{6}$").When(x => !string.IsNullOrEmpty(x.Postcode)).WithMessage("A postcode is six digits, e.g. 529000.");
        RuleFor(x => x.AuthorizationNo).OptionalText(60);
    }
}
