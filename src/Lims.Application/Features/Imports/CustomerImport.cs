using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Customers;

namespace Lims.Application.Features.Imports;

/// <summary>
/// Customers (送检单位), the city's shared register: each row a <see cref="CustomerRequest"/>,
/// validated as the form is and registered by <see cref="CustomerRegistration"/> (the credit code
/// checked completely, no duplicate). A row whose credit code is registered under the same name is
/// unchanged; under another name it is refused. Rows are checked and written a thousand at a time.
/// </summary>
public sealed class CustomerImport(ILimsDb db, CustomerRegistration registration) : IRowImport
{
    private const int ChunkSize = 1000;

    public string Kind => "customers";

    public string SheetName => "送检单位";

    public bool ChecksByWriting => false;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("name", "单位名称", true, "江门市蓬江区华润万家超市有限公司", "营业执照上的名称，至多 200 字", "送检单位", "客户名称"),
        new("creditCode", "统一社会信用代码", true, "91440703MA4UJ8K203", "18 位，校验码须正确（GB 32100-2015）；重复的代码不再登记", "信用代码"),
        new("contactName", "联系人", true, "陈经理", "至多 100 字"),
        new("phone", "联系电话", true, "0750-3123456", "手机 13812345678 或带区号的固定电话 0750-3123456", "电话"),
        new("address", "地址", true, "广东省江门市蓬江区万达广场 1 层", "至多 300 字", "单位地址"),
        new("district", "所在区县", true, "蓬江区", "至多 50 字", "区县"),
        new("category", "单位类别", true, "集贸市场", $"{ImportLabels.Categories.Labels}", "类别"),
        new("email", "电子邮箱", false, "chen@example.cn", "可空；到期提醒发往此邮箱", "邮箱"),
        new("remindersRequested", "非强检器具也提醒", false, "否", "是 或 否（空：否）；强检器具总会提醒"),
    ];

    public async Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct)
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var valid = new List<(RowCells Cells, CustomerRequest Request)>();
            foreach (var row in chunk)
            {
                var cells = new RowCells(row, map);
                var request = new CustomerRequest(
                    cells.Text("name"), cells.Text("creditCode"), cells.Text("contactName"), cells.Text("phone"), cells.Text("address"), cells.Text("district"),
                    cells.Choice("category", ImportLabels.Categories), cells.Text("email"), cells.YesNo("remindersRequested"));
                cells.Refuse(await RequestValidation.FailuresOfAsync(request, ct), field => field);
                if (cells.HasProblems)
                {
                    progress.Refuse(cells.Problems);
                }
                else
                {
                    valid.Add((cells, request));
                }
            }

            var checkedCustomers = await registration.CheckAsync([.. valid.Select(v => v.Request)], earlier, ct);
            for (var i = 0; i < valid.Count; i++)
            {
                var (cells, request) = valid[i];
                var result = checkedCustomers[i];
                if (result.Refusal is null)
                {
                    if (write)
                    {
                        registration.Add(result);
                    }

                    progress.Accept();
                }
                else if (result.RegisteredName == request.Name!.Trim())
                {
                    progress.KeepUnchanged();
                }
                else
                {
                    cells.Refuse("creditCode", result.Refusal.Code, result.RegisteredName is { } name
                        ? $"{result.Refusal.Message[..^1]} as {name}; this row names {request.Name!.Trim()}."
                        : $"The credit code {request.CreditCode} is in an earlier row of the file.");
                    progress.Refuse(cells.Problems);
                }
            }

            if (write)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
