using System.Text;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Scope;

/// <summary>The token names the user's laboratory and its level, the claims every handler's scope is read from.</summary>
public sealed class LaboratoryClaimsTests(string database) : ApiTest(database)
{
    [TestCase("City")]
    [TestCase("County")]
    public async Task A_token_carries_the_users_laboratory_and_its_level(string level)
    {
        var lab = await new ReceptionDesk(Admin).LaboratoryAsync(level);
        var (client, _) = await Host.NewUserInAsync(lab, "Technician");

        var claims = Payload(client);

        Assert.Multiple(() =>
        {
            Assert.That(claims.GetProperty("laboratory").GetString(), Is.EqualTo(lab));
            Assert.That(claims.GetProperty("laboratory_level").GetString(), Is.EqualTo(level));
        });
    }

    [Test]
    public async Task A_user_of_no_laboratory_has_no_laboratory_claim()
    {
        var client = await Host.SignInNewUserAsync("Admin");

        Assert.That(Payload(client).TryGetProperty("laboratory", out _), Is.False);
    }

    [Test]
    public async Task Me_names_the_laboratory_the_token_carries()
    {
        var lab = await new ReceptionDesk(Admin).LaboratoryAsync();
        var (client, _) = await Host.NewUserInAsync(lab, "Reception");

        var me = await Expect.JsonAsync(await client.GetAsync(new Uri("/api/me", UriKind.Relative)), 200);

        Assert.That(me.GetProperty("laboratoryCode").GetString(), Is.EqualTo(Payload(client).GetProperty("laboratory").GetString()));
    }

    private static JsonElement Payload(HttpClient client)
    {
        var payload = client.DefaultRequestHeaders.Authorization!.Parameter!.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
    }
}
