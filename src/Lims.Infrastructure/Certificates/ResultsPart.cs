using System.Globalization;
using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// The measurement points. The points of a template name their test item (and position) in the
/// first column instead of the quantity; the MPE and verdict columns appear only when some point
/// has them (a calibration without specification has neither).
/// </summary>
internal static class ResultsPart
{
    private static readonly TableColumn _no = new(new("序号", "No."), 22);
    private static readonly TableColumn _quantity = new(new("测量量", "Quantity"), 54, TextAlign.Left);
    private static readonly TableColumn _item = new(Labels.Item, 54, TextAlign.Left);
    private static readonly TableColumn _unit = new(new("单位", "Unit"), 26);
    private static readonly TableColumn _nominal = new(new("标称值", "Nominal value"), 46, TextAlign.Right);
    private static readonly TableColumn _mean = new(new("示值平均值", "Mean reading"), 50, TextAlign.Right);
    private static readonly TableColumn _error = new(new("示值误差", "Error"), 46, TextAlign.Right);
    private static readonly TableColumn _mpe = new(new("最大允许误差", "MPE"), 48, TextAlign.Right);
    private static readonly TableColumn _u = new(new("扩展不确定度", "Expanded uncertainty U"), 50, TextAlign.Right);
    private static readonly TableColumn _k = new(new("包含因子", "k"), 58);
    private static readonly TableColumn _verdict = new(new("判定", "Verdict"), 44);

    public static void Draw(CertificateCanvas canvas, IReadOnlyList<CertificateResultPoint> points, KindWording wording)
    {
        var withItem = points.Any(p => p.Item is not null);
        var withMpe = points.Any(p => p.Mpe is not null);
        var withVerdict = points.Any(p => p.Verdict is not null);
        List<TableColumn> columns = [_no, withItem ? _item : _quantity, _unit, _nominal, _mean, _error];
        if (withMpe)
        {
            columns.Add(_mpe);
        }

        columns.AddRange([_u, _k]);
        if (withVerdict)
        {
            columns.Add(_verdict);
        }

        SectionTitle.Draw(canvas, wording.Results);
        Table.Draw(canvas, columns, points.Select((p, i) =>
        {
            List<string> cells = [(i + 1).ToString(CultureInfo.InvariantCulture), withItem ? p.Item ?? p.Quantity : p.Quantity, p.Unit, p.Nominal, p.Mean, p.Error];
            if (withMpe)
            {
                cells.Add(p.Mpe ?? "—");
            }

            cells.AddRange([p.ExpandedUncertainty, p.CoverageFactor]);
            if (withVerdict)
            {
                cells.Add(p.Verdict ?? "—");
            }

            return cells.ToArray();
        }));
    }
}
