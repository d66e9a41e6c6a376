using System.Security.Claims;
using System.Text;
using Lims.Api.Tests.Support;
using Lims.Domain.Auditing;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lims.Api.Tests.Security;

/// <summary>Passwords, tokens, headers and the audit trail: the basics an auditor checks first.</summary>
public sealed class SecurityBasicsTests(string database) : ApiTest(database)
{
    private const string TestSigningKey = LimsApiFactory.SigningKey;

    [Test]
    public async Task Passwords_are_stored_only_as_identity_v3_hashes()
    {
        await Host.SignInNewUserAsync("Reception");
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LimsUser>>();
        var admin = await users.FindByNameAsync("admin");
        var hash = admin!.PasswordHash!;
        var bytes = Convert.FromBase64String(hash);
        Assert.Multiple(() =>
        {
            Assert.That(hash, Does.Not.Contain(LimsApiFactory.AdminPassword));
            Assert.That(bytes[0], Is.EqualTo(0x01), "format marker of Identity's V3 hashes (PBKDF2 with a random salt)");
            Assert.That(users.PasswordHasher.VerifyHashedPassword(admin, hash, LimsApiFactory.AdminPassword), Is.EqualTo(PasswordVerificationResult.Success));
            Assert.That(users.PasswordHasher.VerifyHashedPassword(admin, hash, LimsApiFactory.AdminPassword + "x"), Is.EqualTo(PasswordVerificationResult.Failed));
        });
    }

    [Test]
    public async Task A_token_past_its_expiry_is_refused()
    {
        var expired = Token(TestSigningKey, await AdminStampAsync(), expires: DateTime.UtcNow.AddMinutes(-5));
        var response = await Host.WithToken(expired).GetAsync(new Uri("/api/me", UriKind.Relative));
        await Expect.ProblemAsync(response, 401, "unauthenticated");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("invalid_token").And.Contain("expired"));
    }

    [Test]
    public async Task The_same_token_inside_its_lifetime_is_accepted()
    {
        var valid = Token(TestSigningKey, await AdminStampAsync(), expires: DateTime.UtcNow.AddMinutes(5));
        await Expect.StatusAsync(await Host.WithToken(valid).GetAsync(new Uri("/api/me", UriKind.Relative)), 200);
    }

    [TestCase("another-issuer", "lims", TestSigningKey, TestName = "A token from another issuer is refused")]
    [TestCase("lims", "another-audience", TestSigningKey, TestName = "A token for another audience is refused")]
    [TestCase("lims", "lims", "a-signing-key-someone-else-made-up-for-this", TestName = "A token signed with another key is refused")]
    public async Task Tokens_that_are_not_ours_are_refused(string issuer, string audience, string key)
    {
        var token = Token(key, await AdminStampAsync(), DateTime.UtcNow.AddMinutes(5), issuer, audience);
        await Expect.ProblemAsync(await Host.WithToken(token).GetAsync(new Uri("/api/me", UriKind.Relative)), 401, "unauthenticated");
    }

    [Test]
    public async Task An_unsigned_token_or_one_whose_roles_were_edited_is_refused()
    {
        var handler = new JsonWebTokenHandler();
        var unsigned = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "lims",
            Audience = "lims",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Subject = new ClaimsIdentity([new Claim("name", "admin"), new Claim("role", "Admin")]),
        });
        await Expect.ProblemAsync(await Host.WithToken(unsigned).GetAsync(new Uri("/api/me", UriKind.Relative)), 401, "unauthenticated");

        // A real Reception token with "Admin" written into its payload keeps its old signature.
        var reception = await Host.SignInNewUserAsync("Reception");
        var parts = reception.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"Reception\"", "\"Admin\"", StringComparison.Ordinal);
        var edited = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        await Expect.ProblemAsync(await Host.WithToken(edited).GetAsync(new Uri("/api/users/admin", UriKind.Relative)), 401, "unauthenticated");
    }

    [TestCase("/api/me", TestName = "Security headers on an answer")]
    [TestCase("/api/no-such-thing", TestName = "Security headers on an error")]
    [TestCase("/api/public/certificates/JM-JD-2026-000001?code=X", TestName = "Security headers on a public route")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await Admin.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        });
    }

    [Test]
    public async Task The_audit_trail_refuses_changes_and_deletions_even_below_the_api()
    {
        await Host.SignInNewUserAsync("Reception");
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var line = await db.Set<AuditEntry>().OrderBy(a => a.At).FirstAsync();
        var user = line.User;

        db.Entry(line).Property(nameof(AuditEntry.User)).CurrentValue = "someone-else";
        Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Remove(await db.Set<AuditEntry>().SingleAsync(a => a.Id == line.Id));
        Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var again = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(a => a.Id == line.Id);
        Assert.That(again.User, Is.EqualTo(user));
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task No_method_but_get_reaches_the_audit_trail(string method)
    {
        var before = await AuditLinesAsync();
        foreach (var path in new[] { "/api/audit", $"/api/audit/{Guid.NewGuid()}" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            var status = (int)(await Admin.SendAsync(request)).StatusCode;
            Assert.That(status, Is.EqualTo(405).Or.EqualTo(404), $"{method} {path}");
        }

        Assert.That(await AuditLinesAsync(), Is.EqualTo(before));
    }



    [Test]
    public async Task A_valid_token_without_the_users_current_stamp_is_refused()
    {
        var token = Token(TestSigningKey, "an-old-stamp", DateTime.UtcNow.AddMinutes(5));
        await Expect.ProblemAsync(await Host.WithToken(token).GetAsync(new Uri("/api/me", UriKind.Relative)), 401, "unauthenticated");
    }

    /// <summary>The digest of the administrator's security stamp, as the API's tokens carry it.</summary>
    private async Task<string> AdminStampAsync()
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<LimsUser>>().FindByNameAsync("admin");
        return UserAccounts.StampDigest(admin!.SecurityStamp);
    }

    /// <summary>A token for the bootstrap administrator as the API would make it, with the given key, stamp, lifetime and parties.</summary>
    private static string Token(string key, string stamp, DateTime expires, string issuer = "lims", string audience = "lims") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, "admin"), new Claim("name", "admin"), new Claim("role", "Admin"), new Claim("stamp", stamp)]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}
