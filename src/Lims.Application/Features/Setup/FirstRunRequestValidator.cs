using FluentValidation;
using Lims.Application.Common;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Users;
using Lims.Domain.Common;

namespace Lims.Application.Features.Setup;

public sealed class FirstRunRequestValidator : AbstractValidator<FirstRunRequest>
{
    public FirstRunRequestValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().Identifier();
        RuleFor(x => x.UserName == null ? null : Identifiers.Normalize(x.UserName)).Matches(UserRules.UserNamePattern)
            .WithMessage(UserRules.UserNameExplanation).OverridePropertyName(nameof(FirstRunRequest.UserName));
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.ConfirmPassword).NotEmpty().Equal(x => x.Password).WithErrorCode("PasswordsDiffer")
            .WithMessage("The two passwords differ.");
        RuleFor(x => x.LaboratoryCode).NotEmpty().Matches(LaboratoryCode.Pattern).WithMessage(LaboratoryCode.Explanation);
        RuleFor(x => x.LaboratoryName).RequiredText(200);
        RuleFor(x => x.Address).RequiredText(300);
    }
}
