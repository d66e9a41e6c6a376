using Lims.Api.Tests.Support;
using static Lims.Api.Tests.Imports.ImportFiles;

namespace Lims.Api.Tests.Imports;

/// <summary>Users brought in by an administrator: the password policy, the reach of a county administrator, a change of password at the first sign-in.</summary>
public sealed class UserImportTests(string database) : ApiTest(database)
{
    private static readonly string[] Headers = ["用户名", "姓名", "角色", "所属实验室", "电子邮箱", "初始密码"];

    [Test]
    public async Task Imported_users_obey_the_password_policy_and_change_their_password_at_the_first_sign_in()
    {
        var lab = await Host.LaboratoryAsync("City");
        var (good, weak, named) = (Accounts.NewUserName("im"), Accounts.NewUserName("im"), Accounts.NewUserName("im"));
        var file = Xlsx(Headers,
            [good, "王建国", "检定员；核验员", lab, "wang@example.cn", "Jm-Bench-2026-wang"],
            [weak, "李晓敏", "收样员", lab, null, "short"],
            [named, "陈志强", "批准人", lab, null, $"{named}-Password-99"],
            [Accounts.NewUserName("im"), "刘德明", "签字人", lab, null, "Jm-Bench-2026-liu"]);

        var report = await ImportAsync(Admin, "users", file, dryRun: false);
        var again = await ImportAsync(Admin, "users", file, dryRun: false);
        var user = await Expect.JsonAsync(await Admin.GetAsync($"/api/users/{good}"), 200);
        var client = Host.Bearer(await Host.SignInAsync(good, "Jm-Bench-2026-wang"));

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((4, 1, 0, 3)));
            Assert.That(Refusals(report).Select(r => (r.Row, r.Column)), Is.EqualTo(new[] { (3, "初始密码"), (4, "初始密码"), (5, "角色") }));
            Assert.That(Counts(again), Is.EqualTo((4, 0, 1, 3)));
            Assert.That(user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EquivalentTo(new[] { "Technician", "Reviewer" }));
            Assert.That(user.GetProperty("laboratoryCode").GetString(), Is.EqualTo(lab));
            Assert.That(user.GetProperty("passwordChangeRequired").GetBoolean(), Is.True);
        });
        await Expect.ProblemAsync(await client.GetAsync("/api/customers"), 403, "password-change-required");
    }

    [Test]
    public async Task A_county_administrator_imports_the_users_of_the_county_only()
    {
        var (county, other) = (await Host.LaboratoryAsync("County"), await Host.LaboratoryAsync("County"));
        var administrator = await Host.SignInNewUserInAsync(county, "Admin");
        var (own, defaulted, elsewhere) = (Accounts.NewUserName("co"), Accounts.NewUserName("co"), Accounts.NewUserName("co"));

        var report = await ImportAsync(administrator, "users", Xlsx(Headers,
            [own, "伍先生", "收样员", county, null, "Ts-Reception-2026"],
            [defaulted, "关少华", "检定员", null, null, "Ts-Bench-2026-guan"],
            [elsewhere, "冯丽萍", "质量负责人", other, null, "Hs-Quality-2026-feng"]), dryRun: false);
        var placed = await Expect.JsonAsync(await administrator.GetAsync($"/api/users/{defaulted}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(Counts(report), Is.EqualTo((3, 2, 0, 1)));
            Assert.That(Refusals(report), Is.EqualTo(new[] { (4, "所属实验室", "other-laboratory") }));
            Assert.That(placed.GetProperty("laboratoryCode").GetString(), Is.EqualTo(county), "left empty: the importer's laboratory");
        });
    }

    [Test]
    public async Task Only_administrators_import_users()
    {
        var lab = await Host.LaboratoryAsync("City");
        var quality = await Host.SignInNewUserInAsync(lab, "QualityManager");

        await Expect.StatusAsync(await UploadAsync(quality, "users", Xlsx(Headers), dryRun: true), 403);
    }
}
