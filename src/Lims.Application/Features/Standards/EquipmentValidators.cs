using FluentValidation;
using Lims.Domain.Common;
using Lims.Application.Common;

namespace Lims.Application.Features.Standards;

public sealed class EquipmentRequestValidator : AbstractValidator<EquipmentRequest>
{
    public EquipmentRequestValidator()
    {
        RuleFor(x => x.AssetNo).NotEmpty().Identifier();
        RuleFor(x => x.AssetNo == null ? null : Identifiers.Normalize(x.AssetNo)).Matches(StandardsCodes.Pattern).WithMessage(StandardsCodes.Explanation("assetNo"))
            .OverridePropertyName(nameof(EquipmentRequest.AssetNo));
        RuleFor(x => x.Name).RequiredText(200);
        RuleFor(x => x.Manufacturer).RequiredText(200);
        RuleFor(x => x.Model).RequiredText(100);
        RuleFor(x => x.SerialNumber).RequiredText(100).Identifier();
        RuleFor(x => x.StandardCode).NotEmpty().MaximumLength(32);
    }
}

public sealed class CalibrationRequestValidator : AbstractValidator<CalibrationRequest>
{
    public CalibrationRequestValidator()
    {
        RuleFor(x => x.CertificateNo).RequiredText(100).Identifier();
        RuleFor(x => x.IssuedBy).RequiredText(200);
        RuleFor(x => x.CalibratedOn).NotNull();
        RuleFor(x => x.ValidUntil).NotNull();
        RuleFor(x => x.ExpandedUncertainty).RequiredText(100)
            .WithMessage("'expandedUncertainty' is the expanded uncertainty as the certificate prints it, with its unit and k, e.g. '0.05 mg (k=2)' (at most 100 characters).");
        RuleFor(x => x.Conformity).NotNull().IsInEnum();
        RuleFor(x => x.TracesTo).NotEmpty().MaximumLength(32);
    }
}

public sealed class OutOfToleranceRequestValidator : AbstractValidator<OutOfToleranceRequest>
{
    public OutOfToleranceRequestValidator()
    {
        RuleFor(x => x.FoundOn).NotNull();
        RuleFor(x => x.Reason).RequiredText(500);
    }
}
