using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.Customers;

namespace Lims.Application.Features.Customers;

public sealed class CustomerRequestValidator : AbstractValidator<CustomerRequest>
{
    public CustomerRequestValidator()
    {
        RuleFor(x => x.CreditCode).NotEmpty().Custom((code, context) =>
        {
            if (!string.IsNullOrEmpty(code) && !UnifiedSocialCreditCode.TryParse(code, out _, out var problem))
            {
                context.AddFailure(problem!.Message);
            }
        });
        Include(new CustomerDetailsValidator());
    }
}

public sealed class CustomerUpdateValidator : AbstractValidator<CustomerUpdate>
{
    public CustomerUpdateValidator()
    {
        Include(new CustomerDetailsValidator());
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CustomerDetailsValidator : AbstractValidator<ICustomerDetails>
{
    /// <summary>Mobile 13812345678, landline 0750-3123456, with an optional +86 and extension.</summary>
    public const string PhonePattern = @"^(\+86[ -]?)?(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?)$";

    public CustomerDetailsValidator()
    {
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.ContactName).RequiredText(100);
        RuleFor(x => x.Phone).NotEmpty().Matches(PhonePattern)
            .WithMessage("'phone' must be a mainland mobile number (13812345678) or a landline with area code (0750-3123456).");
        RuleFor(x => x.Address).RequiredText(300);
        RuleFor(x => x.District).RequiredText(50);
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Email).Mailbox();
    }
}
