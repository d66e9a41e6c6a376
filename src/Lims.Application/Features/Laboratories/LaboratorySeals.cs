using System.Security.Cryptography;
using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Common;
using Lims.Domain.Common;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Laboratories;

/// <summary>The seal image a laboratory's certificates print on their cover page (uploaded by an Admin).</summary>
public sealed class LaboratorySeals(ILimsDb db, ISealImages images, ICurrentUser user, TimeProvider clock)
{
    public const int MaxBytes = 512 * 1024;

    /// <summary>Throws <see cref="NotFoundException"/> unless the laboratory exists and the caller manages its seal.</summary>
    public async Task EnsureMayChangeAsync(string code, CancellationToken ct)
    {
        await db.Laboratories.AsNoTracking().GetByCodeAsync(code, ct);
        EnsureMayChange(code);
    }

    public async Task SetAsync(string code, byte[] png, CancellationToken ct)
    {
        await EnsureMayChangeAsync(code, ct);
        if (png.Length == 0 || png.Length > MaxBytes || images.Problem(png) is { } problem)
        {
            throw new DomainRuleException("seal-image-invalid", png.Length > MaxBytes
                ? $"The seal image is {png.Length / 1024} KB; at most {MaxBytes / 1024} KB."
                : $"The seal image cannot be printed: {(png.Length == 0 ? "it is empty" : images.Problem(png))}. Upload a PNG of the seal on a transparent or white background.");
        }

        // Tracked, so the audit trail records who replaced the seal and when (the image by its size and hash).
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(png));
        if (await db.LaboratorySeals.FirstOrDefaultAsync(s => s.LaboratoryCode == code, ct) is { } seal)
        {
            seal.Replace(png, sha256, clock.GetUtcNow(), user.UserName);
        }
        else
        {
            db.LaboratorySeals.Add(new LaboratorySeal(code, png, sha256, clock.GetUtcNow(), user.UserName));
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]> GetAsync(string code, CancellationToken ct) =>
        await db.LaboratorySeals.AsNoTracking().Where(s => s.LaboratoryCode == code).Select(s => s.Png).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(LaboratorySeal), code);

    public async Task RemoveAsync(string code, CancellationToken ct)
    {
        EnsureMayChange(code);
        var seal = await db.LaboratorySeals.FirstOrDefaultAsync(s => s.LaboratoryCode == code, ct) ?? throw new NotFoundException(nameof(LaboratorySeal), code);
        db.LaboratorySeals.Remove(seal);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>As with users: an administrator of the City laboratory (or of none) manages every laboratory's seal, a county's its own.</summary>
    private void EnsureMayChange(string code)
    {
        if (!user.IsCityLaboratory && user.LaboratoryCode is not null && !user.MayChange(code))
        {
            throw new NotFoundException(nameof(Laboratory), code);
        }
    }
}
