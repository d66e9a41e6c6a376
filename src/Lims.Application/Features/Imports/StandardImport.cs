using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Imports;

/// <summary>
/// Measurement standards (计量标准) of the importer's laboratory: each row a
/// <see cref="StandardRequest"/> registered by <see cref="StandardHandler"/>, with its rules and its
/// laboratory scope. The laboratory left empty is the importer's own. A row whose code is registered
/// in the same laboratory under the same name is unchanged.
/// </summary>
public sealed class StandardImport(ILimsDb db, ICurrentUser user, StandardHandler standards, HandlerRow handlerRow) : IRowImport
{
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["unknown-procedure"] = "procedureCodes",
        ["unknown-laboratory"] = "laboratoryCode",
        ["no-laboratory"] = "laboratoryCode",
        ["standard-for-another-laboratory"] = "laboratoryCode",
        ["read-only-outside-laboratory"] = "laboratoryCode",
    };

    public string Kind => "standards";

    public string SheetName => "计量标准";

    public bool ChecksByWriting => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", "标准代码", true, "JM-M", "本系统中的代码：1 至 32 个字母、数字、'.'、'_' 或 '-'", "代码"),
        new("name", "计量标准名称", true, "E2等级砝码标准装置", "至多 200 字", "标准名称", "名称"),
        new("laboratoryCode", "所属实验室", false, "JM", "空：导入者所在实验室；只能导入本实验室的计量标准", "实验室"),
        new("assessmentCertificateNo", "计量标准考核证书编号", true, "[2021]粤量标江证字第 001 号", "至多 100 字", "考核证书编号"),
        new("assessmentValidUntil", "考核证书有效期至", true, "2028-06-30", "如 2028-06-30", "有效期至"),
        new("isPublicStandard", "社会公用计量标准", true, "是", "是 或 否", "社会公用"),
        new("procedureCodes", "开展项目(规程/规范)", true, "JJG 539-2016；JJG 1118-2015", "已登记的检定规程或校准规范代码，多个以分号或顿号隔开", "规程规范", "开展项目"),
    ];

    public async Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            var cells = new RowCells(row, map);
            var request = new StandardRequest(cells.Text("code"), cells.Text("name"), cells.Text("laboratoryCode") ?? user.LaboratoryCode,
                cells.Text("assessmentCertificateNo"), cells.Date("assessmentValidUntil"), cells.YesNo("isPublicStandard"), cells.List("procedureCodes"));
            cells.Refuse(await RequestValidation.FailuresOfAsync(request, ct), property => property);
            if (cells.HasProblems)
            {
                progress.Refuse(cells.Problems);
                continue;
            }

            var registered = request.Code is { } code
                ? await db.MeasurementStandards.AsNoTracking().Where(s => s.Code == code).Select(s => new { s.LaboratoryCode, s.Name }).FirstOrDefaultAsync(ct)
                : null;
            if (registered is not null && registered.LaboratoryCode == request.LaboratoryCode && registered.Name == request.Name?.Trim())
            {
                progress.KeepUnchanged();
            }
            else if (await handlerRow.TryAsync(cells, t => standards.CreateAsync(request, t), property => property, c => FieldOfCode.GetValueOrDefault(c, "code"), ct))
            {
                progress.Accept();
            }
            else
            {
                progress.Refuse(cells.Problems);
            }
        }
    }
}
