using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Tests.Scope;

/// <summary>Rule 12 as a table: who reads and who changes a record of laboratory TS.</summary>
public sealed class LaboratoryScopeTests
{
    [TestCase("TS", LaboratoryLevel.County, "Technician", true, true, TestName = "A county technician reads and changes the county's work")]
    [TestCase("TS", LaboratoryLevel.County, "QualityManager", true, true, TestName = "A county quality manager reads and changes the county's work")]
    [TestCase("KP", LaboratoryLevel.County, "QualityManager", false, false, TestName = "Another county's quality manager neither reads nor changes it")]
    [TestCase("JM", LaboratoryLevel.City, "Technician", false, false, TestName = "A City technician neither reads nor changes it")]
    [TestCase("JM", LaboratoryLevel.City, "Admin", false, false, TestName = "A City administrator neither reads nor changes it")]
    [TestCase("JM", LaboratoryLevel.City, "QualityManager", true, false, TestName = "A City quality manager reads it and does not change it")]
    [TestCase(null, null, "Admin", false, false, TestName = "A user of no laboratory neither reads nor changes it")]
    public void Who_reads_and_who_changes_a_county_record(string? laboratory, LaboratoryLevel? level, string role, bool reads, bool changes)
    {
        var user = new ClaimsCurrentUser(new ClaimsPrincipal(LimsClaims.Identity(LimsClaims.For("someone", [role], laboratory, level), "test")));

        Assert.Multiple(() =>
        {
            Assert.That(user.MayRead("TS"), Is.EqualTo(reads));
            Assert.That(user.MayChange("TS"), Is.EqualTo(changes));
        });
    }

    [Test]
    public void System_work_reads_and_changes_every_laboratory()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SystemUser.Instance.MayRead("TS"), Is.True);
            Assert.That(SystemUser.Instance.MayChange("TS"), Is.True);
        });
    }

    [Test]
    public void A_City_quality_manager_changes_their_own_laboratorys_work()
    {
        var user = new ClaimsCurrentUser(new ClaimsPrincipal(LimsClaims.Identity(LimsClaims.For("quality", ["QualityManager"], "JM", LaboratoryLevel.City), "test")));

        Assert.That(user.MayChange("JM"), Is.True);
    }

    [Test]
    public void A_claimed_level_without_a_laboratory_is_no_City_laboratory()
    {
        var identity = LimsClaims.Identity([new Claim(LimsClaims.Name, "x"), new Claim(LimsClaims.Role, "QualityManager"), new Claim(LimsClaims.LaboratoryLevel, "City")], "test");

        Assert.That(new ClaimsCurrentUser(new ClaimsPrincipal(identity)).ReadsEveryLaboratory(), Is.False);
    }
}
