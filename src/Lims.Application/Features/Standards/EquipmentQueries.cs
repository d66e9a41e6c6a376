using Lims.Application.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

public static class EquipmentQueries
{
    public static async Task<Equipment> FindWithCalibrationsAsync(this IQueryable<Equipment> equipment, string assetNo, CancellationToken ct) =>
        await equipment.Include(x => x.Calibrations).FirstOrDefaultAsync(x => x.AssetNo == assetNo, ct)
        ?? throw new NotFoundException(nameof(Equipment), assetNo);
}
