using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Certificates;

namespace Lims.Application.Features.Certificates;

/// <summary>What a certificate says of itself, known before its number is drawn.</summary>
public sealed record CertificateHeading(CertificateKind Kind, DateOnly IssuedOn, DateOnly? ValidUntil, string IssuedBy, CertificateAmendment? Amendment = null);
