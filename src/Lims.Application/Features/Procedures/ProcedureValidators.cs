using FluentValidation;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Procedures;

public sealed class ProcedureRequestValidator : AbstractValidator<ProcedureRequest>
{
    public ProcedureRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Must(ProcedureCode.IsWellFormed).WithMessage(ProcedureCode.Explanation);
        RuleFor(x => x.Title).RequiredText(300);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Kind)
            .Must((request, kind) => kind == ProcedureCode.KindOf(request.Code!))
            .When(x => ProcedureCode.IsWellFormed(x.Code) && x.Kind is not null)
            .WithMessage(x => $"'{x.Code}' is a {ProcedureCode.KindOf(x.Code!)}: JJG documents are verification regulations, JJF documents calibration specifications.");
    }
}

public sealed class ProcedureUpdateValidator : AbstractValidator<ProcedureUpdate>
{
    public ProcedureUpdateValidator()
    {
        RuleFor(x => x.Title).RequiredText(300);
        RuleFor(x => x.Version).ValidVersion();
    }
}
