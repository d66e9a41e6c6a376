using Lims.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// User names and e-mail addresses are looked up and kept unique in NFKC, upper case: a full-width
/// ａｄｍｉｎ is the user admin, and cannot be made a second time.
/// </summary>
public sealed class IdentifierLookupNormalizer : ILookupNormalizer
{
    public string? NormalizeName(string? name) => name is null ? null : Identifiers.Normalize(name).ToUpperInvariant();

    public string? NormalizeEmail(string? email) => NormalizeName(email);
}
