using System.Text.Json;
using Lims.Domain.Auditing;

namespace Lims.Application.Features.Audit;

public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, string User, string? LaboratoryCode, AuditAction Action, string Entity, string Key, JsonElement Changes);
