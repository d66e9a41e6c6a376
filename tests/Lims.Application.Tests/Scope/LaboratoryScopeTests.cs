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

    [TestCase(null, "TS", TestName = "A laboratory left out is the maker's own")]
    [TestCase("TS", "TS", TestName = "The maker's own laboratory named is theirs")]
    [TestCase("KP", "refused", TestName = "Another laboratory named is refused")]
    public void A_new_record_belongs_to_its_makers_laboratory(string? named, string expected)
    {
        var user = User("TS", LaboratoryLevel.County, "QualityManager");

        var code = CodeOf(() => user.OwnLaboratoryFor(named, "standard-for-another-laboratory", "measurement standard"), out var laboratory);

        Assert.That(laboratory ?? code, Is.EqualTo(expected == "refused" ? "standard-for-another-laboratory" : expected));
    }

    [Test]
    public void A_user_of_no_laboratory_makes_no_laboratorys_record()
    {
        var user = User(null, null, "Admin");

        Assert.That(CodeOf(() => user.OwnLaboratoryFor(null, "standard-for-another-laboratory", "measurement standard"), out _), Is.EqualTo("no-laboratory"));
    }

    [TestCase("TS", LaboratoryLevel.County, "QualityManager", null, "TS", TestName = "A county quality manager's review is of their laboratory")]
    [TestCase("TS", LaboratoryLevel.County, "QualityManager", "TS", "TS", TestName = "A county quality manager reviews their laboratory when named")]
    [TestCase("TS", LaboratoryLevel.County, "QualityManager", "KP", "not found", TestName = "Another county's review does not exist for a county quality manager")]
    [TestCase("JM", LaboratoryLevel.City, "QualityManager", null, "the city", TestName = "A City quality manager's review is of the whole city")]
    [TestCase("JM", LaboratoryLevel.City, "QualityManager", "KP", "KP", TestName = "A City quality manager reviews any laboratory")]
    [TestCase("JM", LaboratoryLevel.City, "Admin", "KP", "not found", TestName = "A City administrator reviews no county")]
    [TestCase(null, null, "Admin", null, "no-laboratory", TestName = "A user of no laboratory reviews none")]
    public void Which_laboratory_a_review_covers(string? laboratory, LaboratoryLevel? level, string role, string? asked, string expected)
    {
        var user = User(laboratory, level, role);

        string covered;
        try
        {
            covered = user.LaboratoryToReview(asked) ?? "the city";
        }
        catch (NotFoundException)
        {
            covered = "not found";
        }
        catch (ForbiddenException forbidden)
        {
            covered = forbidden.Code;
        }

        Assert.That(covered, Is.EqualTo(expected));
    }

    private static ClaimsCurrentUser User(string? laboratory, LaboratoryLevel? level, string role) =>
        new(new ClaimsPrincipal(LimsClaims.Identity(LimsClaims.For("someone", [role], laboratory, level), "test")));

    private static string? CodeOf(Func<string> action, out string? result)
    {
        try
        {
            result = action();
            return null;
        }
        catch (Lims.Domain.Common.DomainRuleException refused)
        {
            result = null;
            return refused.Code;
        }
    }
}
