using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Tests.Shared;

namespace Lims.Api.Tests.ReferenceData;

public sealed class LaboratoryTests(string database) : ApiTest(database)
{
    private async Task<string> CreateAsync()
    {
        var code = UniqueCode("L");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/laboratories", new { code, name = "江门市计量测试所", level = "City", accreditationNo = "CNAS L0001", address = "广东省江门市蓬江区建设路 1 号" }), 201);
        return code;
    }

    [Test]
    public async Task A_laboratory_is_created_with_a_location_and_read_back_with_its_chinese_name()
    {
        var code = UniqueCode("L");
        var created = await Admin.PostAsJsonAsync("/api/laboratories", new { code, name = "江门市计量测试所", level = "City", accreditationNo = "CNAS L0001", address = "广东省江门市蓬江区" });
        var body = await Expect.JsonAsync(created, 201);
        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/laboratories/{code}"));
            Assert.That(body.GetProperty("version").GetInt32(), Is.EqualTo(1));
        });

        var read = await Admin.GetAsync($"/api/laboratories/{code}");
        var lab = await Expect.JsonAsync(read, 200);
        Assert.Multiple(() =>
        {
            Assert.That(lab.GetProperty("name").GetString(), Is.EqualTo("江门市计量测试所"));
            Assert.That(lab.GetProperty("level").GetString(), Is.EqualTo("City"));
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
        });
    }

    [Test]
    public async Task A_duplicate_code_is_409()
    {
        var code = await CreateAsync();
        var again = await Admin.PostAsJsonAsync("/api/laboratories", new { code, name = "另一个", level = "County", address = "开平" });
        await Expect.ProblemAsync(again, 409, "duplicate-code");
    }

    [Test]
    public async Task Invalid_fields_are_named_one_by_one()
    {
        var response = await Admin.PostAsJsonAsync("/api/laboratories", new { code = "jm-1", name = "", address = new string('地', 301) });
        await Expect.ValidationErrorsAsync(response, "code", "name", "level", "address");
    }

    [Test]
    public async Task An_unknown_level_is_400_naming_the_field()
    {
        var response = await Admin.PostAsJsonAsync("/api/laboratories", new { code = UniqueCode("L"), name = "x", level = "Province", address = "x" });
        var problem = await Expect.ProblemAsync(response, 400, "malformed-json");
        Assert.That(problem.GetProperty("errors").TryGetProperty("level", out _), Is.True);
    }

    [Test]
    public async Task Malformed_json_is_400_not_500()
    {
        var response = await Admin.PostAsync("/api/laboratories", new StringContent("{\"code\": \"JM\", \"name\": ", System.Text.Encoding.UTF8, "application/json"));
        await Expect.ProblemAsync(response, 400, "malformed-json");
    }

    [Test]
    public async Task A_number_where_text_belongs_is_400()
    {
        var response = await Admin.PostAsync("/api/laboratories", new StringContent("{\"code\": 12, \"name\": \"x\", \"level\": \"City\", \"address\": \"x\"}", System.Text.Encoding.UTF8, "application/json"));
        var problem = await Expect.ProblemAsync(response, 400, "malformed-json");
        Assert.That(problem.GetProperty("errors").TryGetProperty("code", out _), Is.True);
    }

    [Test]
    public async Task An_unknown_laboratory_is_404()
    {
        await Expect.ProblemAsync(await Admin.GetAsync("/api/laboratories/NOSUCH"), 404, "not-found");
    }

    [Test]
    public async Task An_update_with_the_current_version_raises_the_version()
    {
        var code = await CreateAsync();
        var response = await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "江门市计量测试研究所", level = "City", accreditationNo = "CNAS L0002", address = "江门", version = 1 });
        var lab = await Expect.JsonAsync(response, 200);
        Assert.Multiple(() =>
        {
            Assert.That(lab.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(lab.GetProperty("name").GetString(), Is.EqualTo("江门市计量测试研究所"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        });
    }

    [Test]
    public async Task An_update_from_a_stale_version_is_409()
    {
        var code = await CreateAsync();
        await Expect.StatusAsync(await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "A", level = "City", address = "x", version = 1 }), 200);
        var stale = await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "B", level = "City", address = "x", version = 1 });
        await Expect.ProblemAsync(stale, 409, "stale-version");
    }

    [Test]
    public async Task An_update_with_a_stale_if_match_is_412()
    {
        var code = await CreateAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/laboratories/{code}") { Content = JsonContent.Create(new { name = "B", level = "City", address = "x" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        await Expect.ProblemAsync(await Admin.SendAsync(request), 412, "precondition-failed");

        var current = new HttpRequestMessage(HttpMethod.Put, $"/api/laboratories/{code}") { Content = JsonContent.Create(new { name = "B", level = "City", address = "x" }) };
        current.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await Expect.StatusAsync(await Admin.SendAsync(current), 200);
    }

    [Test]
    public async Task An_update_without_any_version_is_400()
    {
        var code = await CreateAsync();
        var response = await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "B", level = "City", address = "x" });
        await Expect.ValidationErrorsAsync(response, "version");
    }

    [Test]
    public async Task Two_simultaneous_updates_from_the_same_version_one_wins_and_one_gets_409()
    {
        var code = await CreateAsync();
        var updates = Enumerable.Range(0, 2).Select(i =>
            Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = $"名称 {i}", level = "City", address = "x", version = 1 }));
        var statuses = (await Task.WhenAll(updates)).Select(r => (int)r.StatusCode).Order().ToList();
        Assert.That(statuses, Is.EqualTo(new[] { 200, 409 }));
    }

    [Test]
    public async Task Lists_are_paged_and_refuse_a_page_size_over_200()
    {
        await CreateAsync();
        await CreateAsync();
        var page = await Expect.JsonAsync(await Admin.GetAsync("/api/laboratories?page=1&pageSize=1"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
            Assert.That(page.GetProperty("pageSize").GetInt32(), Is.EqualTo(1));
            Assert.That(page.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(2));
        });
        await Expect.ValidationErrorsAsync(await Admin.GetAsync("/api/laboratories?pageSize=201"), "pageSize");
        await Expect.ValidationErrorsAsync(await Admin.GetAsync("/api/laboratories?page=0"), "page");
        await Expect.ProblemAsync(await Admin.GetAsync("/api/laboratories?page=abc"), 400, "malformed-request");
    }

    [Test]
    public async Task A_laboratory_keeps_its_telephone_postcode_and_authorisation_number_apart_from_its_accreditation()
    {
        var code = UniqueCode("L");
        var created = await Expect.JsonAsync(await Admin.PostAsJsonAsync("/api/laboratories", new
        {
            code, name = "台山市计量所", level = "County", address = "广东省台山市台城", telephone = "0750-5522110", postcode = "529200", authorizationNo = "(粤)法计(2024)07012号",
        }), 201);
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("telephone").GetString(), Is.EqualTo("0750-5522110"));
            Assert.That(created.GetProperty("postcode").GetString(), Is.EqualTo("529200"));
            Assert.That(created.GetProperty("authorizationNo").GetString(), Is.EqualTo("(粤)法计(2024)07012号"));
            Assert.That(created.GetProperty("accreditationNo").GetString(), Is.Empty, "no CNAS accreditation");
            Assert.That(created.GetProperty("hasSeal").GetBoolean(), Is.False);
        });
        await Expect.ValidationErrorsAsync(await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "台山市计量所", level = "County", address = "台城", postcode = "52920", telephone = new string('1', 41), version = 1 }), "postcode", "telephone");
        var changed = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/laboratories/{code}", new { name = "台山市计量所", level = "County", address = "台城", accreditationNo = "CNAS L1234", version = 1 }), 200);
        Assert.Multiple(() =>
        {
            Assert.That(changed.GetProperty("telephone").GetString(), Is.EqualTo("0750-5522110"), "left out, kept");
            Assert.That(changed.GetProperty("accreditationNo").GetString(), Is.EqualTo("CNAS L1234"));
        });
    }

    [Test]
    public async Task An_administrator_uploads_the_seal_image_which_is_checked_kept_and_audited()
    {
        var code = await CreateAsync();
        var seal = SealPng.Make();
        using (var png = new ByteArrayContent(seal))
        {
            png.Headers.ContentType = new("image/png");
            await Expect.StatusAsync(await Admin.PutAsync($"/api/laboratories/{code}/seal", png), 204);
        }

        var stored = await Admin.GetAsync($"/api/laboratories/{code}/seal");
        await Expect.StatusAsync(stored, 200);
        Assert.Multiple(async () =>
        {
            Assert.That(stored.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(await stored.Content.ReadAsByteArrayAsync(), Is.EqualTo(seal));
            Assert.That((await Expect.JsonAsync(await Admin.GetAsync($"/api/laboratories/{code}"), 200)).GetProperty("hasSeal").GetBoolean(), Is.True);
        });
        var audit = await Expect.JsonAsync(await Admin.GetAsync($"/api/audit?entity=LaboratorySeal&key={code}"), 200);
        Assert.That(audit.GetProperty("items")[0].GetProperty("changes").ToString(), Does.Contain($"({seal.Length} bytes)"));

        foreach (var (bytes, why) in new[] { (System.Text.Encoding.UTF8.GetBytes("not an image"), "not a PNG"), (SealPng.Make(16), "too small"), (seal[..(seal.Length / 2)], "cut short") })
        {
            using var bad = new ByteArrayContent(bytes);
            bad.Headers.ContentType = new("image/png");
            await Expect.ProblemAsync(await Admin.PutAsync($"/api/laboratories/{code}/seal", bad), 422, "seal-image-invalid");
        }

        using (var jpeg = new ByteArrayContent(seal))
        {
            jpeg.Headers.ContentType = new("image/jpeg");
            await Expect.ProblemAsync(await Admin.PutAsync($"/api/laboratories/{code}/seal", jpeg), 415, "unsupported-media-type");
        }

        Assert.That(await (await Admin.GetAsync($"/api/laboratories/{code}/seal")).Content.ReadAsByteArrayAsync(), Is.EqualTo(seal), "a refused image changes nothing");
        await Expect.StatusAsync(await Admin.DeleteAsync($"/api/laboratories/{code}/seal"), 204);
        await Expect.StatusAsync(await Admin.GetAsync($"/api/laboratories/{code}/seal"), 404);
        await Expect.StatusAsync(await Admin.DeleteAsync($"/api/laboratories/{code}/seal"), 404);
    }
}
