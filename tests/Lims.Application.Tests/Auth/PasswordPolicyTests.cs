using Lims.Infrastructure.Identity;

namespace Lims.Application.Tests.Auth;

public sealed class PasswordPolicyTests
{
    [TestCase("Bench-Pass-2026", "li.wei", null)]
    [TestCase("short-pass1", "li.wei", "PasswordTooShort")]
    [TestCase("my-li.wei-password", "li.wei", "PasswordContainsUserName")]
    [TestCase("MY-LI.WEI-PASSWORD", "li.wei", "PasswordContainsUserName")]
    [TestCase("qwertyuiopasdfgh", "li.wei", "PasswordCommon")]
    [TestCase("1QAZ2WSX3EDC4RFV", "li.wei", "PasswordCommon")]
    [TestCase("123456789012", "li.wei", "PasswordCommon")]
    public async Task A_password_is_refused_for_its_length_the_user_name_or_being_common(string password, string userName, string? refusal)
    {
        var result = await new PasswordPolicy().ValidateAsync(null!, new LimsUser { UserName = userName }, password);
        Assert.That(result.Errors.Select(e => e.Code), refusal is null ? Is.Empty : Is.EqualTo(new[] { refusal }));
    }

    [Test]
    public void The_shipped_list_holds_tens_of_thousands_of_long_common_passwords()
    {
        Assert.That(CommonPasswords.Count, Is.GreaterThan(40_000));
    }

    [Test]
    public async Task A_temporary_password_meets_the_policy()
    {
        for (var i = 0; i < 50; i++)
        {
            var result = await new PasswordPolicy().ValidateAsync(null!, new LimsUser { UserName = "li.wei" }, TemporaryPassword.Make());
            Assert.That(result.Succeeded, Is.True);
        }
    }
}
