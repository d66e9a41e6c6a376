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
        RuleFor(x => x.Coverage).IsInEnum();
        RuleFor(x => x.SignificantDigits).InclusiveBetween(1, 2);
        RuleFor(x => x.GuardBandFactor).GreaterThan(0m).LessThanOrEqualTo(Domain.Measurements.EvaluationMethodRules.MaxGuardBandFactor);
        RuleFor(x => x.Points).NotEmpty().WithMessage("Send at least one measurement point.");
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
        RuleFor(x => x.Mpe).Null().When(x => x.MpeLower is not null || x.MpeUpper is not null).WithMessage("Give either 'mpe' (±) or 'mpeLower' and 'mpeUpper', not both.");
        RuleFor(x => x.MpeLower).NotNull().LessThanOrEqualTo(0m).When(x => x.MpeUpper is not null);
        RuleFor(x => x.MpeUpper).NotNull().GreaterThanOrEqualTo(0m).When(x => x.MpeLower is not null);
        RuleFor(x => x.MpeUpper).GreaterThan(x => x.MpeLower).When(x => x.MpeLower is not null && x.MpeUpper is not null).WithMessage("The upper limit must lie above the lower limit.");
        RuleForEach(x => x.UncertaintyComponents).NotNull().SetValidator(new ComponentRequestValidator());
        RuleFor(x => x.Correlation!.First).RequiredText(100).When(x => x.Correlation is not null);
        RuleFor(x => x.Correlation!.Second).RequiredText(100).When(x => x.Correlation is not null);
        RuleFor(x => x.Correlation!.Coefficient).NotNull().InclusiveBetween(-1.0, 1.0).When(x => x.Correlation is not null);
    }
}

public sealed class ComponentRequestValidator : AbstractValidator<ComponentRequest>
{
    public ComponentRequestValidator()
    {
        RuleFor(x => x.Name).RequiredText(100);
        RuleFor(x => x.StandardUncertainty).NotNull().When(x => x.Value is null).WithMessage("Give 'standardUncertainty', or 'value' with its 'distribution'.");
        RuleFor(x => x.StandardUncertainty).Null().When(x => x.Value is not null).WithMessage("Give either 'standardUncertainty' or 'value', not both.");
        RuleFor(x => x.StandardUncertainty).GreaterThanOrEqualTo(0).Must(Finite).WithMessage("Must be a finite number.");
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0).Must(Finite).WithMessage("Must be a finite number.");
        RuleFor(x => x.Distribution).IsInEnum();
        RuleFor(x => x.Distribution).NotNull().When(x => x.Value is not null).WithMessage("Say how the value is distributed: Normal (with its coverageFactor), Rectangular, Triangular, UShaped, or Standard.");
        RuleFor(x => x.CoverageFactor).GreaterThan(0).Must(Finite).WithMessage("Must be a finite number.");
        RuleFor(x => x.SensitivityCoefficient).Must(Finite).WithMessage("Must be a finite number.");
        RuleFor(x => x.Scale).IsInEnum();
        RuleFor(x => x.DegreesOfFreedom).GreaterThan(0).Must(Finite).WithMessage("Must be a finite number; leave it out for infinite.");
    }

    private static bool Finite(double? value) => value is null || double.IsFinite(value.Value);
}
