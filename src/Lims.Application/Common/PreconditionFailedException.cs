namespace Lims.Application.Common;

/// <summary>The <c>If-Match</c> header names a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
