using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Users;

public sealed class UserRequestValidator : AbstractValidator<UserRequest>
{
    public UserRequestValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().Matches(UserNames.Pattern).WithMessage(UserNames.Explanation);
        RuleFor(x => x.DisplayName).RequiredText(100);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Give the user at least one role.");
        RuleForEach(x => x.Roles).Must(role => Common.Roles.All.Contains(role))
            .WithMessage((_, role) => $"'{role}' is not a role; the roles are {string.Join(", ", Common.Roles.All)}.");
        RuleFor(x => x.LaboratoryCode).MaximumLength(16);
    }
}

public sealed class PasswordChangeRequestValidator : AbstractValidator<PasswordChangeRequest>
{
    public PasswordChangeRequestValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(128);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(128);
    }
}
