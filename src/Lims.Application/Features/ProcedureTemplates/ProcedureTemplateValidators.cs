using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Application.Features.ProcedureTemplates;

public sealed class ProcedureTemplateRequestValidator : AbstractValidator<ProcedureTemplateRequest>
{
    public ProcedureTemplateRequestValidator()
    {
        RuleFor(x => x.Definition).NotNull().SetValidator(new TemplateDefinitionValidator()!);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

/// <summary>
/// The shape of a template: names unique and referring to parameters that exist, limits on counts
/// (≤ 100 points, ≤ 30 budget lines, as results have), numbers in range.
/// </summary>
public sealed class TemplateDefinitionValidator : AbstractValidator<TemplateDefinition>
{
    public const int MaxPoints = 100;
    public const int MaxComponents = 30;

    public TemplateDefinitionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Basis).RequiredText(300);
        RuleFor(x => x.Quantity).RequiredText(50);
        RuleFor(x => x.Unit).RequiredText(20);
        RuleFor(x => x.Parameters).NotNull().Must(p => p.Count <= 20).WithMessage("At most 20 parameters.")
            .Must(p => p.Select(x => x?.Name).Distinct().Count() == p.Count).WithMessage("Parameter names must be different.");
        RuleForEach(x => x.Parameters).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Name).NotEmpty().Matches("^[A-Za-z][A-Za-z0-9]{0,19}$").WithMessage("A parameter name is a short word of letters and digits, e.g. 'max'.");
            p.RuleFor(x => x.Label).RequiredText(100);
            p.RuleFor(x => x.Kind).IsInEnum();
            p.RuleFor(x => x.Unit).OptionalText(20);
            p.RuleFor(x => x.Choices).NotEmpty().When(x => x.Kind == TemplateParameterKind.Choice).WithMessage("A choice lists its values.");
            p.RuleForEach(x => x.Choices).NotEmpty().MaximumLength(20);
        });
        RuleFor(x => x.RangeParameter).Must((t, name) => name is null || Numbers(t).Contains(name)).WithMessage("'rangeParameter' must name a number parameter.");
        RuleFor(x => x.Mpe).NotNull().SetValidator(x => new MpeRuleValidator(Names(x), Numbers(x)));
        RuleFor(x => x.TestItems).NotEmpty().Must(i => i.Count <= 20).WithMessage("At most 20 test items.")
            .Must(i => i.Select(x => x?.Code).Distinct().Count() == i.Count).WithMessage("Test item codes must be different.")
            .Must(i => i.Sum(x => x?.Points?.Count ?? 0) <= MaxPoints).WithMessage($"At most {MaxPoints} points in all.");
        RuleForEach(x => x.TestItems).NotNull().SetValidator(x => new TestItemValidator(Numbers(x)));
        RuleFor(x => x.Budget).NotNull().Must(b => b.Count <= MaxComponents).WithMessage($"At most {MaxComponents} budget lines.")
            .Must(b => b.Select(x => x?.Name).Distinct().Count() == b.Count).WithMessage("Budget line names must be different.");
        RuleForEach(x => x.Budget).NotNull().SetValidator(x => new ComponentTemplateValidator(Numbers(x)));
        RuleFor(x => x.Method).NotNull().ChildRules(m =>
        {
            m.RuleFor(x => x.Coverage).IsInEnum();
            m.RuleFor(x => x.SignificantDigits).InclusiveBetween(1, 2);
            m.RuleFor(x => x.GuardBandFactor).GreaterThan(0m).LessThanOrEqualTo(EvaluationMethodRules.MaxGuardBandFactor);
            m.RuleFor(x => x.CalibrationRule).IsInEnum().NotEqual(DecisionRule.Jjf1094).WithMessage("A calibration is judged by simple acceptance or a guard band.");
        });
        RuleFor(x => x.Correlation).Must((t, c) => c is null || (c.First != c.Second && t.Budget.Any(b => b?.Name == c.First) && t.Budget.Any(b => b?.Name == c.Second) && c.Coefficient is >= -1.0 and <= 1.0))
            .When(x => x.Budget is not null).WithMessage("A correlation names two different budget lines, with r between −1 and 1.");
    }

    private static HashSet<string> Names(TemplateDefinition t) => [.. (t.Parameters ?? []).Where(p => p?.Name is not null).Select(p => p.Name)];

    /// <summary>The parameters that hold numbers: the only ones a point, a band or a budget line may be a multiple of.</summary>
    private static HashSet<string> Numbers(TemplateDefinition t) =>
        [.. (t.Parameters ?? []).Where(p => p?.Name is not null && p.Kind == TemplateParameterKind.Number).Select(p => p.Name)];
}

internal sealed class MpeRuleValidator : AbstractValidator<MpeRule>
{
    public MpeRuleValidator(HashSet<string> parameters, HashSet<string> numbers)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Parameter).Must(p => p is not null && numbers.Contains(p)).When(x => x.Kind != MpeRuleKind.FixedLimits)
            .WithMessage("'parameter' must name the template's number parameter the rule is in (e, the upper limit, the resolution).");
        RuleFor(x => x.ClassParameter).Must(p => p is null || parameters.Contains(p)).WithMessage("'classParameter' must name a parameter.");
        RuleFor(x => x.LowerParameter).Must(p => p is null || numbers.Contains(p)).WithMessage("'lowerParameter' must name a number parameter.");
        RuleFor(x => x.Classes).NotEmpty().When(x => x.Kind is MpeRuleKind.ScaleIntervalBands or MpeRuleKind.PercentOfSpanBands)
            .WithMessage("A class table needs at least one class with its bands.");
        RuleForEach(x => x.Classes).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Class).NotEmpty().MaximumLength(20);
            c.RuleFor(x => x.Bands).NotEmpty()
                .Must(Rising).WithMessage("Bands rise: each 'upTo' above the one before, only the last may leave it out (the rest).");
            c.RuleForEach(x => x.Bands).NotNull().ChildRules(b =>
            {
                b.RuleFor(x => x.Value).GreaterThan(0m).LessThanOrEqualTo(Limit);
                b.RuleFor(x => x.UpTo).GreaterThan(0m).LessThanOrEqualTo(Limit);
            });
        });
        RuleFor(x => x.PercentOfReading).GreaterThanOrEqualTo(0m).LessThan(100m);
        RuleFor(x => x.Digits).GreaterThanOrEqualTo(0m).LessThanOrEqualTo(10000m);
        RuleFor(x => x).Must(x => x.PercentOfReading > 0m || x.Digits > 0m).When(x => x.Kind == MpeRuleKind.PercentOfReadingPlusDigits)
            .WithMessage("Give the percentage of the reading, the digits or both.");
        RuleFor(x => x.Lower).LessThanOrEqualTo(0m).GreaterThanOrEqualTo(-Limit);
        RuleFor(x => x.Upper).GreaterThanOrEqualTo(0m).LessThanOrEqualTo(Limit).GreaterThan(x => x.Lower).When(x => x.Kind == MpeRuleKind.FixedLimits);
        RuleFor(x => x.InServiceFactor).GreaterThan(0m).LessThanOrEqualTo(10m);
    }

    /// <summary>Far beyond any table's figure, and small enough that no product of them overflows.</summary>
    internal const decimal Limit = 1_000_000_000m;

    private static bool Rising(IReadOnlyList<MpeBand>? bands)
    {
        decimal? last = 0m;
        foreach (var band in bands ?? [])
        {
            if (band is null)
            {
                continue;
            }

            if (last is null || (band.UpTo is { } upTo && upTo <= last))
            {
                return false;
            }

            last = band.UpTo;
        }

        return true;
    }
}

internal sealed class TestItemValidator : AbstractValidator<TestItemTemplate>
{
    public TestItemValidator(HashSet<string> parameters)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Code).NotEmpty().Matches("^[a-z][a-z0-9-]{0,39}$").WithMessage("A test item code is short, lower-case letters, digits and hyphens, e.g. 'weighing'.");
        RuleFor(x => x.Name).RequiredText(100);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Points).NotEmpty().When(x => x.Kind != TestItemKind.Check).WithMessage("Measured and spread items list their points.");
        RuleFor(x => x.Points).Empty().When(x => x.Kind == TestItemKind.Check).WithMessage("A check has no points.");
        RuleForEach(x => x.Points).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Of).Must(o => o is null || parameters.Contains(o)).WithMessage("'of' must name a number parameter.");
            p.RuleFor(x => x.Multiple).InclusiveBetween(-MpeRuleValidator.Limit, MpeRuleValidator.Limit);
            p.RuleFor(x => x.Label).OptionalText(40);
            p.RuleForEach(x => x.Classes).NotEmpty().MaximumLength(20);
        });
        RuleFor(x => x.ReadingsPerPoint).InclusiveBetween(1, 100).When(x => x.Kind != TestItemKind.Check);
        RuleFor(x => x.ReadingsPerPoint).GreaterThanOrEqualTo(2).When(x => x.Kind == TestItemKind.Spread).WithMessage("A spread needs at least two readings a point.");
        RuleFor(x => x.SpreadFactor).GreaterThan(0m).LessThanOrEqualTo(10m);
    }
}

internal sealed class ComponentTemplateValidator : AbstractValidator<ComponentTemplate>
{
    public ComponentTemplateValidator(HashSet<string> parameters)
    {
        RuleFor(x => x.Name).RequiredText(100);
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.Distribution).IsInEnum();
        RuleFor(x => x.Scale).IsInEnum();
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0).Must(double.IsFinite).WithMessage("Must be a finite number.");
        RuleFor(x => x.CoverageFactor).GreaterThan(0).Must(double.IsFinite).WithMessage("Must be a finite number.");
        RuleFor(x => x.SensitivityCoefficient).Must(double.IsFinite).WithMessage("Must be a finite number.");
        RuleFor(x => x.DegreesOfFreedom).GreaterThan(0).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("Must be a finite number; leave it out for infinite.");
        RuleFor(x => x.Parameter).Must(p => p is not null && parameters.Contains(p)).When(x => x.Source == ComponentSource.Parameter).WithMessage("'parameter' must name a number parameter.");
    }
}
