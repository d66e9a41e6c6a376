using FluentValidation;

namespace Lims.Application.Features.Reports;

public sealed class KpiQueryValidator : AbstractValidator<KpiQuery>
{
    public KpiQueryValidator()
    {
        RuleFor(x => x.Year).NotNull().InclusiveBetween(2000, 2999);
        RuleFor(x => x.LaboratoryCode).MaximumLength(16);
        RuleFor(x => x.Format).Must(f => f is null || KpiQuery.Formats.Contains(f.Trim().ToLowerInvariant()))
            .WithMessage("'format' must be json, csv or xlsx.");
    }
}

public sealed class AnnouncementQueryValidator : AbstractValidator<AnnouncementQuery>
{
    public AnnouncementQueryValidator() => RuleFor(x => x.CustomerId).NotEmpty();
}
