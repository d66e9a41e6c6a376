using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.WorkOrders;

public sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(x => x.Technician).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class ReviewRequestValidator : AbstractValidator<ReviewRequest>
{
    public ReviewRequestValidator()
    {
        RuleFor(x => x.Accept).NotNull();
        RuleFor(x => x.Comment).OptionalText(1000);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Accept == false).WithMessage("Say why the results are rejected.");
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class CancelRequestValidator : AbstractValidator<CancelRequest>
{
    public CancelRequestValidator()
    {
        RuleFor(x => x.Reason).RequiredText(500);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class ApproveRequestValidator : AbstractValidator<ApproveRequest>
{
    public ApproveRequestValidator() => RuleFor(x => x.Version).ValidVersion();
}

public sealed class ResultsRequestValidator : AbstractValidator<ResultsRequest>
{
    public const int MaxPoints = 500;
    public const int MaxReadings = 100;

    public ResultsRequestValidator()
    {
        RuleFor(x => x.PerformedOn).NotNull();
        RuleFor(x => x.TemperatureC).NotNull().InclusiveBetween(-60m, 200m);
        RuleFor(x => x.HumidityPct).NotNull().InclusiveBetween(0m, 100m);
        RuleFor(x => x.Location).RequiredText(200);
        RuleFor(x => x.EquipmentAssetNos).NotEmpty().WithMessage("Name the equipment used: results must be traceable.");
        RuleForEach(x => x.EquipmentAssetNos).NotEmpty().MaximumLength(50);
        RuleFor(x => x.DecisionRule).IsInEnum();
        RuleFor(x => x.Points).NotEmpty().WithMessage("Send at least one measurement point.");
        RuleFor(x => x.Points).Must(p => p!.Count <= MaxPoints).When(x => x.Points is not null).WithMessage($"At most {MaxPoints} points.");
        RuleForEach(x => x.Points).NotNull().SetValidator(new PointRequestValidator());
        RuleFor(x => x.Remarks).OptionalText(2000);
        RuleFor(x => x.Version).ValidVersion();
    }
}

public sealed class PointRequestValidator : AbstractValidator<PointRequest>
{
    public PointRequestValidator()
    {
        RuleFor(x => x.Quantity).RequiredText(50);
        RuleFor(x => x.Unit).RequiredText(20);
        RuleFor(x => x.Nominal).NotNull();
        RuleFor(x => x.Readings).NotEmpty();
        RuleFor(x => x.Readings).Must(r => r!.Count <= ResultsRequestValidator.MaxReadings).When(x => x.Readings is not null)
            .WithMessage($"At most {ResultsRequestValidator.MaxReadings} readings a point.");
        RuleFor(x => x.Mpe).GreaterThan(0m);
        RuleForEach(x => x.UncertaintyComponents).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Name).RequiredText(100);
            c.RuleFor(x => x.StandardUncertainty).NotNull().GreaterThanOrEqualTo(0).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("Must be a finite number.");
            c.RuleFor(x => x.DegreesOfFreedom).GreaterThan(0).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("Must be a finite number; leave it out for infinite.");
        });
    }
}
