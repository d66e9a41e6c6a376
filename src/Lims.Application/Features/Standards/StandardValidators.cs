using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Standards;

public sealed class StandardRequestValidator : AbstractValidator<StandardRequest>
{
    public StandardRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches(StandardsCodes.Pattern).WithMessage(StandardsCodes.Explanation("code"));
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.LaboratoryCode).MaximumLength(16);
        RuleFor(x => x.AssessmentCertificateNo).RequiredText(100).Identifier();
        RuleFor(x => x.AssessmentValidUntil).NotNull();
        RuleFor(x => x.IsPublicStandard).NotNull();
        RuleFor(x => x.ProcedureCodes).NotEmpty().WithMessage("'procedureCodes' must list at least one procedure in the standard's scope.");
        RuleForEach(x => x.ProcedureCodes).Must(ProcedureCode.IsWellFormed).WithMessage(ProcedureCode.Explanation);
    }
}
