using System.Globalization;
using System.Security.Cryptography;
using Lims.Application.Common;
using Lims.Application.Features.Competence;
using Lims.Application.Features.Certificates;
using Lims.Application.Features.Customers;
using Lims.Application.Features.Instruments;
using Lims.Application.Features.InstrumentTypes;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Procedures;
using Lims.Application.Features.ReferenceStandards;
using Lims.Application.Features.Standards;
using Lims.Application.Features.Intake;
using Lims.Application.Features.Users;
using Lims.Application.Features.WorkOrders;
using Lims.Domain.Customers;
using Lims.Domain.Intake;
using Lims.Domain.Standards;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lims.Api.Demo;

/// <summary>
/// Fills an empty database with a year in the life of a city metrology institute and three county
/// branches (`--demo`), entirely through the application's own handlers and validators, with a
/// fixed seed so every run makes the same laboratory. The clock is set back while the history is
/// played, then returned to today.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, DemoClock clock, ILogger<DemoSeeder> log)
{
    private readonly Random _random = new(20_161_231);
    private readonly Dictionary<string, string> _passwords = [];
    private readonly DemoActor _admin = new(services, "admin", null, null, Roles.Admin);
    private readonly Dictionary<string, Bench> _benches = [];
    private readonly Dictionary<string, DemoActor> _quality = [];
    private DateOnly _today;

    public async Task SeedAsync(CancellationToken ct)
    {
        await RefuseUnlessEmptyAsync(ct);
        _today = ChinaTime.Today(TimeProvider.System);
        try
        {
            clock.SetDay(_today.AddDays(-420));
            await ReferenceDataAsync();
            await PeopleAsync();
            await StandardsAsync();
            var instruments = await CustomersAndInstrumentsAsync();
            await HistoryAsync(instruments);
        }
        finally
        {
            clock.Reset();
        }

        PrintPasswords();
        log.LogInformation("The demo laboratory is ready: {Laboratories} laboratories, {Customers} customers.", DemoCatalogue.Laboratories.Length, DemoCatalogue.Customers.Length);
    }

    private async Task RefuseUnlessEmptyAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        if (await db.Laboratories.AnyAsync(ct) || await db.Customers.AnyAsync(ct) || !await db.Users.AnyAsync(u => u.UserName == "admin", ct))
        {
            throw new InvalidOperationException(
                "--demo fills an empty database only, with the bootstrap administrator 'admin' (set Bootstrap__AdminPassword). "
                + "This database already has laboratories or customers, or no 'admin': point ConnectionStrings__Lims at a new file, e.g. \"Data Source=data/demo.db\".");
        }
    }

    private async Task ReferenceDataAsync()
    {
        foreach (var (code, name, level, accreditation, address) in DemoCatalogue.Laboratories)
        {
            await _admin.DoAsync<LaboratoryHandler, LaboratoryResponse>(h => h.CreateAsync(new(code, name, level, accreditation, address), default));
        }

        foreach (var (code, title, kind) in DemoCatalogue.Procedures)
        {
            await _admin.DoAsync<ProcedureHandler, ProcedureResponse>(h => h.CreateAsync(new(code, title, kind), default));
        }

        foreach (var (code, name, procedure, uses, way, months, fee) in DemoCatalogue.InstrumentTypes)
        {
            var compulsory = uses.Length > 0;
            await _admin.DoAsync<InstrumentTypeHandler, InstrumentTypeResponse>(h => h.CreateAsync(new(code, name, procedure, compulsory, months, fee, compulsory ? uses : null, compulsory ? way : null), default));
        }
    }

    /// <summary>
    /// Every user belongs to one laboratory and works only on its work (rule 12): the city
    /// institute (JM) and the 台山 branch (TS) each have a bench, and every laboratory with standards
    /// a quality manager. The City quality manager (<c>quality</c>) reads the whole city.
    /// </summary>
    private async Task PeopleAsync()
    {
        _quality["JM"] = await UserAsync("quality", "黄丽华", "JM", Roles.QualityManager);
        _benches["JM"] = new Bench(
            await UserAsync("reception", "李晓敏", "JM", Roles.Reception),
            await UserAsync("tech.wang", "王建国", "JM", Roles.Technician),
            await UserAsync("reviewer", "陈志强", "JM", Roles.Reviewer),
            await UserAsync("approver", "刘德明", "JM", Roles.Approver));
        _quality["TS"] = await UserAsync("ts.quality", "梁秀英", "TS", Roles.QualityManager);
        _benches["TS"] = new Bench(
            await UserAsync("ts.reception", "伍嘉欣", "TS", Roles.Reception),
            await UserAsync("tech.zhang", "张伟", "TS", Roles.Technician),
            await UserAsync("ts.reviewer", "黄志明", "TS", Roles.Reviewer),
            await UserAsync("ts.approver", "李国强", "TS", Roles.Approver));
        _quality["KP"] = await UserAsync("kp.quality", "关少华", "KP", Roles.QualityManager);
        _quality["HS"] = await UserAsync("hs.quality", "冯丽萍", "HS", Roles.QualityManager);

        // Competence is granted by a quality manager of the technician's laboratory (rule 13).
        var until = _today.AddYears(1);
        foreach (var (code, _, _) in DemoCatalogue.Procedures)
        {
            await _quality["JM"].DoAsync<AuthorizationHandler, AuthorizationResponse>(h => h.GrantAsync(_benches["JM"].Technician.UserName, new(code, $"粤计检字 {Number(6)}", until), default));
        }

        await _quality["TS"].DoAsync<AuthorizationHandler, AuthorizationResponse>(h => h.GrantAsync(_benches["TS"].Technician.UserName, new("JJG 539-2016", $"粤计检字 {Number(6)}", until), default));
    }

    /// <summary>The people of one laboratory's bench.</summary>
    private sealed record Bench(DemoActor Reception, DemoActor Technician, DemoActor Reviewer, DemoActor Approver);

    private async Task<DemoActor> UserAsync(string userName, string displayName, string lab, string role)
    {
        // Passwords are random, not from the seed: they are printed once and never reproducible.
        var password = $"Demo-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5))}-{RandomNumberGenerator.GetInt32(10, 99)}x";
        await _admin.DoAsync<UserHandler, UserResponse>(h => h.CreateAsync(new(userName, displayName, password, [role], lab), default));
        _passwords[userName] = $"{password}  ({role}, {displayName})";
        return new DemoActor(services, userName, lab, DemoCatalogue.Laboratories.Single(l => l.Code == lab).Level, role);
    }

    private async Task StandardsAsync()
    {
        string[] quantities = ["KG", "V", "L", "P", "T", "E"];
        string[] names = ["国家千克基准", "国家大容量计量基准", "国家长度基准", "国家压力计量基准", "国家温度基准", "国家直流电压基准"];
        for (var i = 0; i < quantities.Length; i++)
        {
            await ReferenceAsync($"CN-{quantities[i]}", names[i], "中国计量科学研究院", ReferenceStandardKind.NationalPrimaryStandard, null);
            await ReferenceAsync($"GD-{quantities[i]}", $"广东省{names[i][2..^2]}最高计量标准", "广东省计量科学研究院", ReferenceStandardKind.ExternalStandard, $"CN-{quantities[i]}");
        }

        // A link that goes nowhere: a commercial lab whose own traceability is not on record.
        await ReferenceAsync("XS-TH", "温湿度标准器", "某第三方校准公司", ReferenceStandardKind.ExternalStandard, null);

        var years = _today.AddYears(3);
        await StandardAsync("JM-M", "E2等级砝码标准装置", "JM", years, true, ["JJG 539-2016", "JJG 1118-2015"],
            ("ZC-001", "E2等级砝码组 1 mg–500 g", "GD-KG", 730), ("ZC-002", "M1等级砝码 20 kg×50", "GD-KG", 730));
        await StandardAsync("JM-V", "二等标准金属量器标准装置", "JM", years, true, ["JJG 443-2023"], ("LQ-001", "二等标准金属量器 20 L/100 L", "GD-V", 730));
        await StandardAsync("JM-L", "出租汽车计价器检定装置", "JM", years, false, ["JJG 517-2016"], ("JJQ-001", "出租汽车计价器标准装置", "GD-L", 730));
        await StandardAsync("JM-P", "压力计量标准装置", "JM", years, true, ["JJG 692-2010", "JJG 52-2013"], ("YL-001", "数字压力计 0~2.5 MPa", "GD-P", 730));
        await StandardAsync("JM-W", "水表检定装置", "JM", years, true, ["JJG 162-2019"], ("SB-001", "水表检定装置(容积法) DN15~DN25", "GD-V", 730));
        await StandardAsync("JM-TH", "温湿度校准装置", "JM", years, false, ["JJF 1101-2019"], ("WS-001", "多通道温度巡检仪", "GD-T", 730), ("WS-002", "温湿度传感器", "XS-TH", 730));
        // Its assessment certificate expires within six months: the audit asks for re-assessment now.
        await StandardAsync("JM-E", "直流电压标准装置", "JM", _today.AddDays(120), false, ["JJF 1587-2016"], ("DY-001", "多功能校准源", "GD-E", 730));
        // The county's weight set fell out of calibration a month ago and is still in service.
        await StandardAsync("TS-M", "E2等级砝码标准装置(台山)", "TS", years, true, ["JJG 539-2016"], ("TS-ZC-001", "E2等级砝码组 1 g–20 kg", "GD-KG", 420));
        await StandardAsync("KP-M", "F1等级砝码标准装置(开平)", "KP", years, true, ["JJG 539-2016"], ("KP-ZC-001", "F1等级砝码组 1 g–20 kg", "GD-KG", 730));
        await StandardAsync("HS-P", "血压计检定装置(鹤山)", "HS", years, false, ["JJG 692-2010"], ("HS-YL-001", "电子血压计检定仪", "GD-P", 730));
    }

    private Task<ReferenceStandardResponse> ReferenceAsync(string code, string name, string holder, ReferenceStandardKind kind, string? tracesTo) =>
        _quality["JM"].DoAsync<ReferenceStandardHandler, ReferenceStandardResponse>(h => h.CreateAsync(new(code, name, holder, kind, tracesTo), default));

    private async Task StandardAsync(string code, string name, string lab, DateOnly assessmentValidUntil, bool isPublic, string[] procedures,
        params (string AssetNo, string Name, string TracesTo, int ValidDays)[] equipment)
    {
        await _quality[lab].DoAsync<StandardHandler, StandardResponse>(h => h.CreateAsync(new(code, name, lab, $"[{2021 + (code.Length % 3)}]粤量标江证字第{Number(3)}号", assessmentValidUntil, isPublic, procedures), default));
        var calibratedOn = _today.AddDays(-450);
        foreach (var (assetNo, equipmentName, tracesTo, validDays) in equipment)
        {
            await _quality[lab].DoAsync<EquipmentHandler, EquipmentResponse>(h => h.CreateAsync(new(assetNo, equipmentName, "上海计量仪器厂", $"M-{Number(3)}", Number(7), code), default));
            var issuer = tracesTo.StartsWith("XS", StringComparison.Ordinal) ? "某第三方校准公司" : "广东省计量科学研究院";
            await _quality[lab].DoAsync<EquipmentHandler, EquipmentResponse>(h => h.AddCalibrationAsync(assetNo, new($"GDJL{calibratedOn.Year}-{Number(5)}", issuer, calibratedOn, calibratedOn.AddDays(validDays), StatedUncertainty(assetNo), CalibrationConformity.Pass, tracesTo), default));
        }
    }

    private async Task<List<(Guid Id, string Type, string Lab)>> CustomersAndInstrumentsAsync()
    {
        var instruments = new List<(Guid, string, string)>();
        foreach (var (name, district, category, contact, phone, division, usage, types) in DemoCatalogue.Customers)
        {
            // Customers and instruments are the city's shared register; each branch's reception registers its own district's.
            var lab = division == "440781" ? "TS" : "JM";
            var reception = _benches[lab].Reception;
            var customer = await reception.DoAsync<CustomerHandler, CustomerResponse>(h => h.CreateAsync(new(name, CreditCode(category, division), contact, phone, $"广东省江门市{district}某路 {_random.Next(1, 300)} 号", district, category), default));
            foreach (var type in types)
            {
                var instrument = await reception.DoAsync<InstrumentHandler, InstrumentResponse>(h => h.CreateAsync(new(customer.Id, type, "广东香山衡器集团股份有限公司", $"{type[..2]}-{Number(3)}", $"{type[..2]}{Number(8)}", "见铭牌", "Ⅲ", usage, $"{_random.Next(1, 40)} 号位"), default));
                instruments.Add((instrument.Id, type, lab));
            }
        }

        return instruments;
    }

    private async Task HistoryAsync(List<(Guid Id, string Type, string Lab)> instruments)
    {
        // (instrument, days ago, outcome): verified about a year ago (due now: the recall reminds),
        // half a year ago (fuel dispensers, six-month interval), recently, and work still on the bench.
        // A scale fails, is handed back, repaired and passes two weeks later.
        var plans = new List<Job>
        {
            new(0, 350, Outcome.Approved), new(1, 352, Outcome.Approved), new(2, 355, Outcome.Failed, Returned: true), new(2, 340, Outcome.Approved),
            new(3, 380, Outcome.Approved, Returned: true), new(8, 100, Outcome.Approved, Tag: "amend"), new(9, 98, Outcome.Approved, Tag: "revoke"),
            new(10, 96, Outcome.Approved), new(14, 0, Outcome.Registered), new(15, 1, Outcome.Assigned), new(16, 1, Outcome.ResultsRecorded),
            new(17, 60, Outcome.Approved), new(18, 60, Outcome.Approved), new(19, 30, Outcome.Approved, ServiceKind.Calibration),
            new(20, 30, Outcome.Approved, ServiceKind.Calibration), new(21, 25, Outcome.Approved, ServiceKind.Calibration),
            new(22, 2, Outcome.Reviewed, ServiceKind.Calibration), new(23, 10, Outcome.Approved), new(24, 0, Outcome.Registered, ServiceKind.Calibration),
            new(25, 5, Outcome.Approved), new(26, 3, Outcome.Cancelled),
            // The paper mill's boiler gauges (six-month interval): one due within the month, one recently verified.
            new(27, 172, Outcome.Approved, Returned: true), new(28, 40, Outcome.Approved, Returned: true),
            // The water company's meters, verified once before they are fitted: no due date, never recalled.
            new(29, 120, Outcome.Approved, Returned: true), new(30, 15, Outcome.Approved, Returned: true), new(31, 0, Outcome.Registered),
        };
        plans.AddRange(Enumerable.Range(4, 4).Select(i => new Job(i, instruments[i].Type == "TRUCK-SCALE" ? 395 : 200, Outcome.Approved, Returned: true)));
        plans.AddRange(Enumerable.Range(11, 3).Select(i => new Job(i, 178, Outcome.Approved, Returned: true)));

        var tagged = new Dictionary<string, string>();
        foreach (var plan in plans.OrderByDescending(p => p.DaysAgo))
        {
            var certificate = await JobAsync(instruments[plan.Instrument], plan.DaysAgo, plan.Outcome, plan.Service, plan.Returned);
            if (plan.Tag is { } tag)
            {
                tagged[tag] = certificate!;
            }
        }

        clock.SetDay(_today);
        // Rule 13: the quality manager asks, another approver of the laboratory approves.
        await ChangeAsync(tagged["amend"], h => h.RequestAmendmentAsync(tagged["amend"], new("送检单位地址登记有误 / The customer's address was registered wrongly", new AmendmentCorrections(null, "广东省江门市蓬江区北街海傍街23号", null, null, null, null, null, null), null), default));
        await ChangeAsync(tagged["revoke"], h => h.RequestRevocationAsync(tagged["revoke"], new("器具已被送检单位报废 / The customer scrapped the instrument", null), default));
    }

    private async Task ChangeAsync(string certificateNo, Func<CertificateChangeHandler, Task<CertificateChangeResponse>> request)
    {
        var lab = certificateNo[..certificateNo.IndexOf('-', StringComparison.Ordinal)];
        var asked = await _quality[lab].DoAsync(request);
        await _benches[lab].Approver.DoAsync<CertificateChangeHandler, CertificateChangeResponse>(h => h.ApproveAsync(asked.Id, new("核实无误 / Checked", null), default));
    }

    private sealed record Job(int Instrument, int DaysAgo, Outcome Outcome, ServiceKind Service = ServiceKind.Verification, bool Returned = false, string? Tag = null);

    private enum Outcome
    {
        Registered,
        Cancelled,
        Assigned,
        ResultsRecorded,
        Reviewed,
        Failed,
        Approved,
    }

    /// <summary>One instrument's job, played from intake to the outcome; returns the certificate number if one was issued.</summary>
    private async Task<string?> JobAsync((Guid Id, string Type, string Lab) instrument, int daysAgo, Outcome outcome, ServiceKind service = ServiceKind.Verification, bool returned = false)
    {
        var day = _today.AddDays(-daysAgo);
        clock.SetDay(day);
        var bench = _benches[instrument.Lab];
        var customerId = await bench.Reception.DoAsync<InstrumentHandler, Guid>(async h => (await h.GetAsync(instrument.Id, default)).CustomerId);
        var created = await bench.Reception.DoAsync<IntakeDesk, (SubmissionCreated Created, bool Replayed)>(h => h.HandInAsync(new(customerId, instrument.Lab, [new SubmissionItemRequest(instrument.Id, service, "外观完好，铭牌清晰 / Good condition", "")]), null));
        var workOrder = created.Created.Items[0].WorkOrderId;
        if (outcome == Outcome.Registered)
        {
            return null;
        }

        if (outcome == Outcome.Cancelled)
        {
            await bench.Reception.DoAsync<WorkOrderHandler, WorkOrderDetail>(h => h.CancelAsync(workOrder, new("压力表指针损坏，无法检定 / The pointer is broken; it cannot be measured", null), default));
            await bench.Reception.DoAsync<SubmissionHandler, SubmissionResponse>(h => h.ReturnAsync(created.Created.Id, new(null), default));
            return null;
        }

        var technician = bench.Technician;
        await bench.Reception.DoAsync<WorkOrderHandler, WorkOrderDetail>(h => h.AssignAsync(workOrder, new(technician.UserName, null), default));
        if (outcome == Outcome.Assigned)
        {
            return null;
        }

        var assetNo = EquipmentFor(instrument.Type, instrument.Lab);
        var results = DemoJobs.Parameters(instrument.Type) is { } parameters
            ? DemoJobs.WorksheetResults(await technician.DoAsync<WorkOrderHandler, WorksheetResponse>(h => h.RecordParametersAsync(workOrder, parameters, default)), assetNo, day, pass: outcome != Outcome.Failed)
            : DemoJobs.Results(instrument.Type, assetNo, day, pass: outcome != Outcome.Failed);
        await technician.DoAsync<WorkOrderHandler, WorkOrderDetail>(h => h.RecordResultsAsync(workOrder, results, default));
        if (outcome == Outcome.ResultsRecorded)
        {
            return null;
        }

        await bench.Reviewer.DoAsync<WorkOrderHandler, WorkOrderDetail>(h => h.ReviewAsync(workOrder, new(true, "核验无误 / Checked", null), default));
        if (outcome == Outcome.Reviewed)
        {
            return null;
        }

        clock.SetDay(day.AddDays(daysAgo > 2 ? 2 : 0));
        var certificate = await bench.Approver.DoAsync<WorkOrderHandler, CertificateResponse>(h => h.ApproveAsync(workOrder, new(null), default));
        if (returned)
        {
            await bench.Reception.DoAsync<SubmissionHandler, SubmissionResponse>(h => h.ReturnAsync(created.Created.Id, new(null), default));
        }

        return certificate.CertificateNo;
    }

    /// <summary>The expanded uncertainty each upstream certificate states, as the register records it.</summary>
    private static string StatedUncertainty(string assetNo) => assetNo switch
    {
        "YL-001" => "U = 0.25 kPa (k=2)",
        "DY-001" => "Urel = 1.2×10⁻⁵ (k=2)",
        _ => "U = 0.05 mg (k=2)",
    };

    private static string EquipmentFor(string type, string lab) => (type, lab) switch
    {
        ("PRICE-SCALE", "TS") => "TS-ZC-001",
        ("PRICE-SCALE", _) => "ZC-001",
        ("TRUCK-SCALE", _) => "ZC-002",
        ("FUEL-DISPENSER", _) => "LQ-001",
        ("TAXI-METER", _) => "JJQ-001",
        ("BP-MONITOR" or "PRESSURE-GAUGE", _) => "YL-001",
        ("WATER-METER", _) => "SB-001",
        ("CLIMATE-CHAMBER", _) => "WS-001",
        _ => "DY-001",
    };

    /// <summary>A valid unified social credit code: 12 for public institutions, 11 for government, 91 for companies.</summary>
    private string CreditCode(CustomerCategory category, string division)
    {
        var prefix = category switch
        {
            CustomerCategory.Medical => "12",
            CustomerCategory.Government => "11",
            _ => "91",
        };
        var organisation = string.Concat(Enumerable.Range(0, 8).Select(_ => UnifiedSocialCreditCode.Alphabet[_random.Next(10, UnifiedSocialCreditCode.Alphabet.Length)]));
        organisation += UnifiedSocialCreditCode.ComputeOrganizationCodeCheckDigit(organisation);
        var first17 = prefix + division + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private string Number(int digits) => _random.Next((int)Math.Pow(10, digits - 1), (int)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);

    private void PrintPasswords()
    {
        Console.WriteLine();
        Console.WriteLine("Demo users (shown once; write them down):");
        foreach (var (user, password) in _passwords)
        {
            Console.WriteLine($"  {user,-12} {password}");
        }

        Console.WriteLine();
    }
}
