using Lims.Api.Tests.Support;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Auth;

public sealed class RefreshTokenTests(string database) : ApiTest(database)
{
    [Test]
    public async Task A_refresh_gives_a_new_pair_and_the_old_refresh_token_works_no_more()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var first = await Host.SignInAsync(userName);
        var second = await Expect.JsonAsync(await Host.RefreshAsync(first), 200);
        Assert.That(second.GetProperty("refreshToken").GetString(), Is.Not.EqualTo(first.GetProperty("refreshToken").GetString()));
        await Expect.StatusAsync(await Host.Bearer(second).GetAsync("/api/me"), 200);

        await Expect.ProblemAsync(await Host.RefreshAsync(first), 401, "invalid-refresh-token");
    }

    [Test]
    public async Task A_reused_refresh_token_revokes_its_whole_family_and_no_other()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var stolen = await Host.SignInAsync(userName);
        var otherSignIn = await Host.SignInAsync(userName);
        var legitimate = await Expect.JsonAsync(await Host.RefreshAsync(stolen), 200);

        // The thief presents the copy: refused, and the owner's newer token of that family too.
        await Expect.ProblemAsync(await Host.RefreshAsync(stolen), 401, "invalid-refresh-token");
        await Expect.ProblemAsync(await Host.RefreshAsync(legitimate), 401, "invalid-refresh-token");
        await Expect.StatusAsync(await Host.RefreshAsync(otherSignIn), 200);
    }

    [Test]
    public async Task Sign_out_revokes_the_refresh_tokens_of_that_sign_in()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var tokens = await Host.SignInAsync(userName);
        await Expect.StatusAsync(await Host.Bearer(tokens).PostAsync("/api/auth/logout", null), 204);
        await Expect.ProblemAsync(await Host.RefreshAsync(tokens), 401, "invalid-refresh-token");
    }

    [Test]
    public async Task Two_refreshes_racing_with_one_token_give_at_most_one_new_pair()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var tokens = await Host.SignInAsync(userName);
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Host.RefreshAsync(tokens)));
        Assert.That(answers.Count(a => (int)a.StatusCode == 200), Is.LessThanOrEqualTo(1));
        Assert.That(answers.All(a => (int)a.StatusCode is 200 or 401), Is.True);
    }

    [Test]
    public async Task Refresh_tokens_are_stored_only_as_their_sha_256()
    {
        var userName = await Host.CreateAsync(["Technician"]);
        var token = (await Host.SignInAsync(userName)).GetProperty("refreshToken").GetString()!;
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var hashes = await db.Set<RefreshToken>().Select(t => t.Hash).ToListAsync();
        Assert.Multiple(() =>
        {
            Assert.That(hashes, Does.Contain(RefreshTokenStore.Hash(token)));
            Assert.That(hashes, Does.Not.Contain(token));
        });
    }

    [TestCase("")]
    [TestCase("not-a-token")]
    public async Task An_unknown_refresh_token_is_refused(string refreshToken)
    {
        var response = await Host.Anonymous().PostAsync("/api/auth/refresh", System.Net.Http.Json.JsonContent.Create(new { refreshToken }));
        Assert.That((int)response.StatusCode, refreshToken.Length == 0 ? Is.EqualTo(400) : Is.EqualTo(401));
    }
}
