using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>A laboratory's standards and equipment with calibrations brought in by its quality manager.</summary>
public sealed class StandardsImportTests(string database) : ApiTest(database)
{
    internal static readonly string[] StandardHeaders = ["标准代码", "计量标准名称", "所属实验室", "计量标准考核证书编号", "考核证书有效期至", "社会公用计量标准", "开展项目(规程/规范)"];

    internal static readonly string[] EquipmentHeaders =
        ["资产编号", "设备名称", "制造厂", "型号规格", "出厂编号", "所属计量标准代码", "校准证书编号", "校准机构", "校准日期", "有效期至", "扩展不确定度", "校准结论", "溯源至(上级标准代码)"];

    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task Standards_are_imported_in_the_importers_laboratory_and_a_dry_run_leaves_none()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var (mass, pressure, bad) = (StandardsData.Code("IM"), StandardsData.Code("IP"), StandardsData.Code("IB"));
        var file = Xlsx(StandardHeaders,
            [mass, "E2等级砝码标准装置", null, "[2023]粤量标江证字第 007 号", Today.AddYears(3), "是", $"{StandardsData.Scale}"],
            [pressure, "压力计量标准装置", data.Lab, "[2023]粤量标江证字第 008 号", Iso(Today.AddYears(2)), "否", "JJG 1-2099；JJG 99999-2099"],
            [bad, "温湿度校准装置", null, "[2023]粤量标江证字第 009 号", null, "也许", StandardsData.Scale]);

        var dry = await ImportAsync(data.Quality, "standards", file, dryRun: true);
        var afterDry = await data.Quality.GetAsync($"/api/standards/{mass}");
        var real = await ImportAsync(data.Quality, "standards", file, dryRun: false);
        var again = await ImportAsync(data.Quality, "standards", file, dryRun: false);
        var imported = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/standards/{mass}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(dry), Is.EqualTo((3, 1, 0, 2)));
            Assert.That(Refusals(dry), Is.EqualTo(new[]
            {
                (3, "开展项目(规程/规范)", "unknown-procedure"),
                (4, "社会公用计量标准", "invalid-value"),
                (4, "考核证书有效期至", "required"),
            }).Or.EqualTo(new[]
            {
                (3, "开展项目(规程/规范)", "unknown-procedure"),
                (4, "考核证书有效期至", "required"),
                (4, "社会公用计量标准", "invalid-value"),
            }));
            Assert.That((int)afterDry.StatusCode, Is.EqualTo(404), "a dry run leaves nothing");
            Assert.That(Counts(real), Is.EqualTo((3, 1, 0, 2)));
            Assert.That(Counts(again), Is.EqualTo((3, 0, 1, 2)));
            Assert.That(imported.GetProperty("laboratoryCode").GetString(), Is.EqualTo(data.Lab));
            Assert.That(imported.GetProperty("assessmentValidUntil").GetString(), Is.EqualTo(Iso(Today.AddYears(3))));
            Assert.That(imported.GetProperty("isPublicStandard").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Equipment_comes_with_its_calibrations_one_row_each_and_a_refused_calibration_refuses_its_row_whole()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var (weights, gauge, orphan) = (StandardsData.Code("ZC"), StandardsData.Code("YL"), StandardsData.Code("XX"));
        var file = Xlsx(EquipmentHeaders,
            Piece(weights, data.Standard, "GDJL2024-001", Today.AddYears(-2), Today.AddYears(-1), data.Guangdong),
            Piece(weights, data.Standard, "GDJL2025-002", Today.AddYears(-1).AddDays(1), Today.AddYears(1), data.Guangdong),
            Piece(gauge, data.Standard, null, null, null, null),
            Piece(orphan, data.Standard, "GDJL2025-003", Today.AddMonths(-1), Today.AddYears(1), "NO-SUCH-REFERENCE"),
            Piece(StandardsData.Code("ZZ"), "NO-SUCH-STANDARD", null, null, null, null),
            Piece(StandardsData.Code("ZF"), data.Standard, "GDJL2025-004", Today.AddDays(5), Today.AddYears(1), data.Guangdong));

        var report = await ImportAsync(data.Quality, "equipment", file, dryRun: false);
        var again = await ImportAsync(data.Quality, "equipment", file, dryRun: false);
        var piece = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{weights}"), 200);
        var orphanRead = await data.Quality.GetAsync($"/api/equipment/{orphan}");
        var chain = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/traceability/equipment/{weights}?on={Iso(Today)}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((6, 3, 0, 3)));
            Assert.That(Refusals(report), Is.EqualTo(new[]
            {
                (5, "溯源至(上级标准代码)", "unknown-reference-standard"),
                (6, "所属计量标准代码", "unknown-standard"),
                (7, "校准日期", "calibration-in-future"),
            }));
            Assert.That(Counts(again), Is.EqualTo((6, 0, 3, 3)));
            Assert.That(piece.GetProperty("calibrations").GetArrayLength(), Is.EqualTo(2));
            Assert.That((int)orphanRead.StatusCode, Is.EqualTo(404), "the row's equipment went with its refused calibration");
            Assert.That(chain.ToString(), Does.Contain(data.Kilogram));
        });
    }

    [Test]
    public async Task Only_administrators_and_quality_managers_import_standards_and_equipment()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var technician = await Host.SignInNewUserInAsync(data.Lab, "Technician");
        var reception = await Host.SignInNewUserInAsync(data.Lab, "Reception");

        await Expect.StatusAsync(await UploadAsync(technician, "standards", Xlsx(StandardHeaders), dryRun: true), 403);
        await Expect.StatusAsync(await UploadAsync(reception, "equipment", Xlsx(EquipmentHeaders), dryRun: true), 403);
        await Expect.StatusAsync(await technician.GetAsync("/api/imports/equipment/template"), 403);
    }

    private static object?[] Piece(string assetNo, string standard, string? certificateNo, DateOnly? calibratedOn, DateOnly? validUntil, string? tracesTo) =>
        [assetNo, "E2等级砝码组 1 mg–500 g", "上海计量仪器厂", "E2-500", "2019-0815", standard,
            certificateNo, certificateNo is null ? null : "广东省计量科学研究院", calibratedOn, validUntil, certificateNo is null ? null : "0.05 mg (k=2)", certificateNo is null ? null : "合格", tracesTo];
}
