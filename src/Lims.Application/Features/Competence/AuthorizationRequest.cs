namespace Lims.Application.Features.Competence;

public sealed record AuthorizationRequest(string? ProcedureCode, string? CertificateNo, DateOnly? ValidUntil);

public sealed record AuthorizationResponse(Guid Id, string UserName, string LaboratoryCode, string ProcedureCode, string CertificateNo, DateOnly ValidUntil, string GrantedBy);
