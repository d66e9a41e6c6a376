namespace Lims.Application.Common;

/// <summary>
/// A stored record no longer matches what was recorded when it was written (a certificate's PDF
/// whose bytes differ from the SHA-256 taken at issue): it is not served, and the refusal is
/// logged as an error for the quality manager to investigate (500, its own code).
/// </summary>
public sealed class IntegrityException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
