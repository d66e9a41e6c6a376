using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>
/// An import registers each row through the handler its form calls, so a file obeys the laboratory
/// scope as the forms do (rule 12): a county laboratory's standards and equipment are imported by its
/// own quality manager only; another county's and the City's quality managers have each such row
/// refused, by its column and code, and nothing of it written.
/// </summary>
public sealed class ImportScopeTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [TestCase("County", "unknown-standard", TestName = "Another county's quality manager imports neither standards nor equipment into this county laboratory")]
    [TestCase("City", "standard-of-another-laboratory", TestName = "The City quality manager reads a county's standards but imports none into it")]
    public async Task A_laboratorys_standards_and_equipment_are_imported_by_its_own_people_only(string level, string equipmentRefusal)
    {
        var county = await new StandardsData(Host, "County").ArrangeAsync();
        var outsider = await Host.SignInNewUserInAsync(await Host.LaboratoryAsync(level), "QualityManager");
        var (standard, assetNo) = (StandardsData.Code("IS"), StandardsData.Code("IZ"));
        var standards = Xlsx(StandardsImportTests.StandardHeaders, [standard, "压力计量标准装置", county.Lab, "[2023]粤量标台证字第 011 号", Today.AddYears(2), "否", StandardsData.Scale]);
        var equipment = Xlsx(StandardsImportTests.EquipmentHeaders[..6], [assetNo, "数字压力计", "西安仪表厂", "YB-150", "2020-0311", county.Standard]);

        var standardsReport = await ImportAsync(outsider, "standards", standards, dryRun: false);
        var equipmentReport = await ImportAsync(outsider, "equipment", equipment, dryRun: false);
        var standardRead = await county.Quality.GetAsync($"/api/standards/{standard}");
        var equipmentRead = await county.Quality.GetAsync($"/api/equipment/{assetNo}");
        var own = await ImportAsync(county.Quality, "equipment", equipment, dryRun: false);

        Assert.Multiple(() =>
        {
            Assert.That(Refusals(standardsReport), Is.EqualTo(new[] { (2, "所属实验室", "standard-for-another-laboratory") }));
            Assert.That(Refusals(equipmentReport), Is.EqualTo(new[] { (2, "所属计量标准代码", equipmentRefusal) }));
            Assert.That((int)standardRead.StatusCode, Is.EqualTo(404), "the refused standard was not written");
            Assert.That((int)equipmentRead.StatusCode, Is.EqualTo(404), "the refused equipment was not written");
            Assert.That(Counts(own), Is.EqualTo((1, 1, 0, 0)), "the laboratory's own quality manager imports the same row");
        });
    }
}
