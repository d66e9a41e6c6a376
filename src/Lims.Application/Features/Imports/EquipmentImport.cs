using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Imports;

/// <summary>
/// Equipment (标准器 / 配套设备) of the importer's laboratory with its calibrations: one row per
/// calibration certificate, the equipment's columns repeated (a row without calibration columns
/// registers the equipment alone). The equipment is registered by <see cref="EquipmentHandler"/>
/// under a standard of the laboratory, each calibration added by it, with their rules (the standard
/// and the reference standard exist, dates in order and not in the future, laboratory scope).
/// Equipment already registered under the same standard and a certificate already recorded for it
/// are unchanged; a row is refused as a whole, its equipment included, when any part of it is.
/// </summary>
public sealed class EquipmentImport(ILimsDb db, EquipmentHandler equipment, HandlerRow handlerRow) : IRowImport
{
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["duplicate-asset-no"] = "assetNo",
        ["unknown-standard"] = "standardCode",
        ["standard-of-another-laboratory"] = "standardCode",
        ["unknown-reference-standard"] = "tracesTo",
        ["calibration-period-empty"] = "validUntil",
        ["calibration-in-future"] = "calibratedOn",
        ["read-only-outside-laboratory"] = "assetNo",
        ["not-found"] = "assetNo",
    };

    private static readonly string[] CalibrationFields = ["certificateNo", "issuedBy", "calibratedOn", "validUntil", "expandedUncertainty", "conformity", "tracesTo"];

    public string Kind => "equipment";

    public string SheetName => "标准器及配套设备";

    public bool ChecksByWriting => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("assetNo", "资产编号", true, "ZC-001", "1 至 32 个字母、数字、'.'、'_' 或 '-'；同一设备的多份校准证书各占一行", "设备编号"),
        new("name", "设备名称", true, "E2等级砝码组 1 mg–500 g", "至多 200 字", "名称"),
        new("manufacturer", "制造厂", true, "上海计量仪器厂", "至多 200 字", "生产厂家"),
        new("model", "型号规格", true, "E2-500g", "至多 100 字", "型号"),
        new("serialNumber", "出厂编号", true, "2019-0815", "至多 100 字"),
        new("standardCode", "所属计量标准代码", true, "JM-M", "本实验室已登记的计量标准", "计量标准代码"),
        new("certificateNo", "校准证书编号", false, "GDJL2025-04321", "以下七列为一份校准（检定）证书，或全填或全空", "证书编号"),
        new("issuedBy", "校准机构", false, "广东省计量科学研究院", "出具证书的机构", "检定/校准机构"),
        new("calibratedOn", "校准日期", false, "2025-06-12", "不晚于今天", "检定/校准日期"),
        new("validUntil", "有效期至", false, "2027-06-11", "晚于校准日期", "校准有效期至"),
        new("expandedUncertainty", "扩展不确定度", false, "U = 0.05 mg (k=2)", "按证书所印，含单位和 k", "不确定度"),
        new("conformity", "校准结论", false, "合格", ImportLabels.Conformities.Labels, "结论"),
        new("tracesTo", "溯源至(上级标准代码)", false, "GD-KG", "已登记的上级标准或计量基准代码", "溯源至", "上级标准代码"),
    ];

    public async Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            var cells = new RowCells(row, map);
            var piece = new EquipmentRequest(cells.Text("assetNo"), cells.Text("name"), cells.Text("manufacturer"), cells.Text("model"), cells.Text("serialNumber"), cells.Text("standardCode"));
            var calibration = cells.AnyOf(CalibrationFields)
                ? new CalibrationRequest(cells.Text("certificateNo"), cells.Text("issuedBy"), cells.Date("calibratedOn"), cells.Date("validUntil"),
                    cells.Text("expandedUncertainty"), cells.Choice("conformity", ImportLabels.Conformities), cells.Text("tracesTo"))
                : null;
            cells.Refuse(await RequestValidation.FailuresOfAsync(piece, ct), property => property);
            if (calibration is not null)
            {
                cells.Refuse(await RequestValidation.FailuresOfAsync(calibration, ct), property => property);
            }

            if (cells.HasProblems)
            {
                progress.Refuse(cells.Problems);
                continue;
            }

            var registered = piece.AssetNo is { } assetNo
                ? await db.Equipment.AsNoTracking().Where(e => e.AssetNo == assetNo).Select(e => new { e.Id, e.StandardCode }).FirstOrDefaultAsync(ct)
                : null;
            var newPiece = registered is null || registered.StandardCode != piece.StandardCode;
            var newCalibration = calibration is not null && (registered is null || !await db.EquipmentCalibrations.AnyAsync(c => c.EquipmentId == registered.Id && c.CertificateNo == calibration.CertificateNo, ct));
            if (!newPiece && !newCalibration)
            {
                progress.KeepUnchanged();
                continue;
            }

            var accepted = await handlerRow.TryAsync(cells, async token =>
            {
                if (newPiece)
                {
                    await equipment.CreateAsync(piece, token);
                }

                if (newCalibration)
                {
                    await equipment.AddCalibrationAsync(piece.AssetNo!, calibration!, token);
                }
            }, property => property, code => FieldOfCode.GetValueOrDefault(code, "certificateNo"), ct);
            if (accepted)
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
