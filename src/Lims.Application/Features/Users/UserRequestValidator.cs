using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.Common;

namespace Lims.Application.Features.Users;

public sealed class UserRequestValidator : AbstractValidator<UserRequest>
{
    public UserRequestValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().Identifier();
        RuleFor(x => x.UserName == null ? null : Identifiers.Normalize(x.UserName)).Matches(UserRules.UserNamePattern)
            .WithMessage(UserRules.UserNameExplanation).OverridePropertyName(nameof(UserRequest.UserName));
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        Include(new UserDetailsValidator());
    }
}

public sealed class UserUpdateValidator : AbstractValidator<UserUpdate>
{
    public UserUpdateValidator()
    {
        Include(new UserDetailsValidator());
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class UserQueryValidator : AbstractValidator<UserQuery>
{
    public UserQueryValidator()
    {
        RuleFor(x => x.LaboratoryCode).MaximumLength(16).PlainText();
        RuleFor(x => x.Role).Must(role => role is null || Common.Roles.All.Contains(role))
            .WithMessage($"'role' must be one of {string.Join(", ", Common.Roles.All)}.");
        RuleFor(x => x.Query).MaximumLength(100).PlainText();
    }
}

/// <summary>The fields a new user and a changed user share.</summary>
public sealed class UserDetailsValidator : AbstractValidator<IUserDetails>
{
    public UserDetailsValidator()
    {
        RuleFor(x => x.DisplayName).RequiredText(100);
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Give the user at least one role.");
        RuleForEach(x => x.Roles).Must(role => Common.Roles.All.Contains(role))
            .WithMessage((_, role) => $"'{role}' is not a role; the roles are {string.Join(", ", Common.Roles.All)}.");
        RuleFor(x => x.LaboratoryCode).MaximumLength(16).PlainText();
        RuleFor(x => x.Email).Mailbox();
    }
}
