using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Instruments;
using Lims.Domain.Common;
using Lims.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Imports;

/// <summary>
/// Instruments (计量器具), the city's shared register, with their last verification from before
/// Lims (rule 15): each row an <see cref="InstrumentRequest"/> of a customer named by its credit
/// code and a type named by its code or name, validated as the form is and registered by
/// <see cref="InstrumentRegistration"/>. A row whose instrument is registered to the same customer
/// is unchanged; to another customer it is refused. Rows are checked and written 2,000 at a time:
/// a few reads per chunk, never one per row.
/// </summary>
public sealed class InstrumentImport(ILimsDb db, InstrumentRegistration registration) : IRowImport
{
    private const int ChunkSize = 2000;

    /// <summary>Request property (camelCase path) → column.</summary>
    private static readonly Dictionary<string, string> FieldOfProperty = new(StringComparer.Ordinal)
    {
        ["customerId"] = "customerCreditCode",
        ["lastVerification"] = "lastCertificateNo",
        ["lastVerification.certificateNo"] = "lastCertificateNo",
        ["lastVerification.issuedBy"] = "lastIssuedBy",
        ["lastVerification.performedOn"] = "lastPerformedOn",
        ["lastVerification.conclusion"] = "lastConclusion",
    };

    /// <summary>A refusal's code → the column it is about.</summary>
    private static readonly Dictionary<string, string> FieldOfRefusal = new(StringComparer.Ordinal)
    {
        ["unknown-customer"] = "customerCreditCode",
        ["unknown-instrument-type"] = "typeCode",
        ["duplicate-instrument"] = "serialNumber",
        ["prior-verification-in-future"] = "lastPerformedOn",
        ["already-verified"] = "lastPerformedOn",
    };

    private static readonly string[] LastVerificationFields = ["lastCertificateNo", "lastIssuedBy", "lastPerformedOn", "lastConclusion"];

    public string Kind => "instruments";

    public string SheetName => "计量器具";

    public bool ChecksByWriting => false;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("customerCreditCode", "送检单位统一社会信用代码", true, "91440703MA4UJ8K203", "须为已登记的送检单位（先导入送检单位）", "统一社会信用代码", "信用代码"),
        new("typeCode", "器具类别", true, "PRICE-SCALE", "已登记的器具类别代码或名称，如 PRICE-SCALE 或 电子计价秤", "器具类别代码", "器具名称"),
        new("manufacturer", "制造厂", true, "上海友声衡器有限公司", "至多 100 字", "生产厂家", "制造单位"),
        new("model", "型号规格", true, "ACS-15", "至多 100 字", "型号", "规格型号"),
        new("serialNumber", "出厂编号", true, "SN20240001", "器具类别、制造厂与出厂编号相同的器具只登记一次", "器具编号"),
        new("range", "测量范围", true, "(0~15) kg", "至多 100 字"),
        new("accuracyClass", "准确度等级", false, "Ⅲ", "可空", "准确度"),
        new("usage", "用途", true, "贸易结算", ImportLabels.Usages.Labels + "；强检与否由器具类别和用途决定", "使用用途"),
        new("location", "安装使用地点", false, "生鲜区 3 号摊位", "可空", "使用地点", "安装地点"),
        new("lastCertificateNo", "上次检定证书编号", false, "粤JL检字[2025]第 001234 号", "上次检定（启用本系统前）的证书或结果通知书编号；上次检定四列或全填或全空", "证书编号"),
        new("lastIssuedBy", "上次检定机构", false, "江门市计量测试所", "出具证书的机构", "检定机构"),
        new("lastPerformedOn", "上次检定日期", false, "2025-09-15", "如 2025-09-15；不晚于今天；下次检定日期 = 此日期 + 检定周期", "检定日期"),
        new("lastConclusion", "上次检定结论", false, "合格", ImportLabels.Conclusions.Labels + "；不合格的器具不排定下次检定日期", "检定结论"),
    ];

    public async Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct)
    {
        var types = await db.InstrumentTypes.AsNoTracking().Select(t => new { t.Code, t.Name }).ToListAsync(ct);
        var typeCodes = types.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var typesByName = types.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Code, StringComparer.Ordinal);
        var customers = new Dictionary<string, Guid?>(StringComparer.OrdinalIgnoreCase);
        var earlier = new InstrumentKeys();
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            await FindCustomersAsync(chunk.Select(r => map.Cell(r, "customerCreditCode")), customers, ct);
            var valid = new List<(RowCells Cells, InstrumentRequest Request)>();
            foreach (var row in chunk)
            {
                var cells = new RowCells(row, map);
                var request = Request(cells, customers, typeCodes, typesByName);
                cells.Refuse(await RequestValidation.FailuresOfAsync(request, ct), property => FieldOfProperty.GetValueOrDefault(property, property));
                if (cells.HasProblems)
                {
                    progress.Refuse(cells.Problems);
                }
                else
                {
                    valid.Add((cells, request));
                }
            }

            var checkedInstruments = await registration.CheckAsync([.. valid.Select(v => v.Request)], earlier, ct);
            for (var i = 0; i < valid.Count; i++)
            {
                var (cells, request) = valid[i];
                var result = checkedInstruments[i];
                if (result.Refusal is null)
                {
                    if (write)
                    {
                        registration.Add(result);
                    }

                    progress.Accept();
                }
                else if (result.RegisteredTo is { } owner && owner == request.CustomerId)
                {
                    progress.KeepUnchanged();
                }
                else
                {
                    var code = result.Refusal is DomainRuleException rule ? rule.Code : ((ConflictException)result.Refusal).Code;
                    var message = result.RegisteredTo is not null ? result.Refusal.Message[..^1] + " to another customer." : result.Refusal.Message;
                    cells.Refuse(FieldOfRefusal.GetValueOrDefault(code, "serialNumber"), code, message);
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

    private static InstrumentRequest Request(RowCells cells, Dictionary<string, Guid?> customers, HashSet<string> typeCodes, Dictionary<string, string> typesByName)
    {
        Guid? customerId = null;
        if (cells.Text("customerCreditCode") is { } creditCode)
        {
            customerId = customers.GetValueOrDefault(creditCode);
            if (customerId is null)
            {
                cells.Refuse("customerCreditCode", "unknown-customer", $"No customer with credit code {creditCode} is registered. Import the customers first.");
            }
        }

        var type = cells.Text("typeCode");
        if (type is not null && !typeCodes.Contains(type))
        {
            if (typesByName.TryGetValue(type, out var code))
            {
                type = code;
            }
            else
            {
                cells.Refuse("typeCode", "unknown-instrument-type", $"There is no instrument type with code or name '{type}'. Register the type first.");
            }
        }

        var last = cells.AnyOf(LastVerificationFields)
            ? new LastVerificationRequest(cells.Text("lastCertificateNo"), cells.Text("lastIssuedBy"), cells.Date("lastPerformedOn"), cells.Choice("lastConclusion", ImportLabels.Conclusions))
            : null;
        return new InstrumentRequest(customerId, type, cells.Text("manufacturer"), cells.Text("model"), cells.Text("serialNumber"), cells.Text("range"),
            cells.Text("accuracyClass"), cells.Choice("usage", ImportLabels.Usages), cells.Text("location"), last);
    }

    /// <summary>The customers of the chunk's credit codes not looked up yet, in one query.</summary>
    private async Task FindCustomersAsync(IEnumerable<string?> creditCodes, Dictionary<string, Guid?> customers, CancellationToken ct)
    {
        var wanted = creditCodes.OfType<string>().Where(c => !customers.ContainsKey(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        // As the customer form reads a code: spaces and letter case do not matter.
        var stored = wanted.ToDictionary(c => c, c => UnifiedSocialCreditCode.TryParse(c, out var code, out _) ? code.Value : c, StringComparer.OrdinalIgnoreCase);
        var values = stored.Values.Distinct().ToList();
        var found = await db.Customers.AsNoTracking().Where(c => values.Contains(c.CreditCode)).ToDictionaryAsync(c => c.CreditCode, c => c.Id, ct);
        foreach (var code in wanted)
        {
            customers[code] = found.TryGetValue(stored[code], out var id) ? id : null;
        }
    }
}
