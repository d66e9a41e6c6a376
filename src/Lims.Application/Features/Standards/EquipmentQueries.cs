using Lims.Application.Common;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

public static class EquipmentQueries
{
    public static async Task<Equipment> FindWithCalibrationsAsync(this IQueryable<Equipment> equipment, string assetNo, CancellationToken ct)
    {
        var kept = Identifiers.Normalize(assetNo);
        return await equipment.Include(x => x.Calibrations).FirstOrDefaultAsync(x => x.AssetNo == kept, ct)
            ?? throw new NotFoundException(nameof(Equipment), assetNo);
    }
}
