namespace Lims.Application.Common;

/// <summary>The process is shutting down and takes no new work; nothing was changed (503, may be sent again).</summary>
public sealed class ServiceStoppingException(string message) : Exception(message);
