namespace Lims.Domain.Standards;

/// <summary>One link of a traceability chain; when not <see cref="Valid"/>, <see cref="Reason"/> says why in words.</summary>
public sealed record TraceabilityLink(TraceabilityLinkKind Kind, string Code, string Name, string Detail, bool Valid, string? Reason);
