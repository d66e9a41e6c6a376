namespace Lims.Application.Features.Setup;

/// <summary>The first administrator and the first laboratory of an empty database (the <c>/setup</c> page).</summary>
public sealed record FirstRunRequest(string? UserName, string? Password, string? ConfirmPassword, string? LaboratoryCode, string? LaboratoryName, string? Address);
