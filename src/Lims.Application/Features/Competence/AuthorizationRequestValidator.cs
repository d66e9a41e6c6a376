using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Competence;

public sealed class AuthorizationRequestValidator : AbstractValidator<AuthorizationRequest>
{
    public AuthorizationRequestValidator()
    {
        RuleFor(x => x.ProcedureCode).NotEmpty().MaximumLength(40);
        RuleFor(x => x.CertificateNo).RequiredText(50).Identifier();
        RuleFor(x => x.ValidUntil).NotNull();
    }
}
