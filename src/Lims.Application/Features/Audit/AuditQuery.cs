namespace Lims.Application.Features.Audit;

public sealed record AuditQuery(string? Entity, string? Key, DateTimeOffset? From, DateTimeOffset? To);
