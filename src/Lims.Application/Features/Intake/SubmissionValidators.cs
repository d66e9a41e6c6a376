using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Intake;

public sealed class SubmissionRequestValidator : AbstractValidator<SubmissionRequest>
{
    public const int MaxItems = 200;

    public SubmissionRequestValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.LaboratoryCode).MaximumLength(16);
        RuleFor(x => x.Items).NotEmpty().WithMessage("A submission needs at least one item.");
        RuleFor(x => x.Items)
            .Must(items => items!.Count <= MaxItems).WithMessage($"A submission holds at most {MaxItems} items.")
            .Must(items => items!.Where(i => i?.InstrumentId is not null).GroupBy(i => i.InstrumentId).All(g => g.Count() == 1))
            .WithMessage("Each instrument may appear only once in a submission.")
            .When(x => x.Items is { Count: > 0 });
        RuleForEach(x => x.Items).NotNull().SetValidator(new SubmissionItemRequestValidator());
    }
}

public sealed class SubmissionItemRequestValidator : AbstractValidator<SubmissionItemRequest>
{
    public SubmissionItemRequestValidator()
    {
        RuleFor(x => x.InstrumentId).NotEmpty();
        RuleFor(x => x.Service).NotNull().IsInEnum();
        RuleFor(x => x.ConditionOnReceipt).RequiredText(500);
        RuleFor(x => x.Accessories).OptionalText(500);
    }
}

public sealed class ReturnRequestValidator : AbstractValidator<ReturnRequest>
{
    public ReturnRequestValidator() => RuleFor(x => x.Version).ValidVersion();
}
