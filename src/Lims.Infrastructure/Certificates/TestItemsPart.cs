using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>The procedure's test items (检定项目 / 校准项目) with what was found and the verdict; nothing for points entered freely.</summary>
internal static class TestItemsPart
{
    private static readonly TableColumn _item = new(Labels.Item, 30, TextAlign.Left);
    private static readonly TableColumn _result = new(Labels.Result, 56, TextAlign.Left);
    private static readonly TableColumn _verdict = new(Labels.Verdict, 16);

    public static void Draw(CertificateCanvas canvas, IReadOnlyList<CertificateTestItem> items, KindWording wording)
    {
        if (items.Count == 0)
        {
            return;
        }

        var withVerdict = items.Any(i => i.Verdict is not null);
        SectionTitle.Draw(canvas, wording.TestItems);
        Table.Draw(canvas, withVerdict ? [_item, _result, _verdict] : [_item, _result],
            items.Select(i => withVerdict ? new[] { i.Name, i.Result, i.Verdict ?? "—" } : [i.Name, i.Result]));
    }
}
