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

    /// <summary>An Admin of the City laboratory sets any laboratory's seal; a county's Admin only their own.</summary>
    public async Task SetAsync(string code, byte[] png, CancellationToken ct)
    {
        await db.Laboratories.AsNoTracking().GetByCodeAsync(code, ct);
        EnsureMayChange(code);
        if (png.Length == 0 || png.Length > MaxBytes || images.Problem(png) is { } problem)
        {
            throw new DomainRuleException("seal-image-invalid", png.Length > MaxBytes
                ? $"The seal image is {png.Length / 1024} KB; at most {MaxBytes / 1024} KB."
                : $"The seal image cannot be printed: {(png.Length == 0 ? "it is empty" : images.Problem(png))}. Upload a PNG of the seal on a transparent or white background.");
        }

        await db.LaboratorySeals.Where(s => s.LaboratoryCode == code).ExecuteDeleteAsync(ct);
        db.LaboratorySeals.Add(new LaboratorySeal(code, png, Convert.ToHexStringLower(SHA256.HashData(png)), clock.GetUtcNow(), user.UserName));
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]> GetAsync(string code, CancellationToken ct) =>
        await db.LaboratorySeals.AsNoTracking().Where(s => s.LaboratoryCode == code).Select(s => s.Png).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(LaboratorySeal), code);

    public async Task RemoveAsync(string code, CancellationToken ct)
    {
        EnsureMayChange(code);
        if (await db.LaboratorySeals.Where(s => s.LaboratoryCode == code).ExecuteDeleteAsync(ct) == 0)
        {
            throw new NotFoundException(nameof(LaboratorySeal), code);
        }
    }

    private void EnsureMayChange(string code)
    {
        if (!user.IsCityLaboratory && !user.MayChange(code))
        {
            throw new NotFoundException(nameof(Laboratory), code);
        }
    }
}
