using System.Net.Http.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Customers;

public sealed class CustomerTests(string database) : ApiTest(database)
{
    private ReceptionDesk Desk => new(Admin);

    [Test]
    public async Task A_customer_is_registered_and_its_chinese_name_and_address_round_trip()
    {
        var reception = await Host.SignInNewUserAsync("Reception");
        var customer = await Desk.CustomerAsync(reception, "台山市人民医院");
        var read = await Expect.JsonAsync(await reception.GetAsync($"/api/customers/{customer.GetProperty("id").GetGuid()}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("台山市人民医院"));
            Assert.That(read.GetProperty("address").GetString(), Is.EqualTo("广东省江门市蓬江区万达广场 1 层"));
            Assert.That(read.GetProperty("creditCode").GetString(), Has.Length.EqualTo(18));
        });
    }

    [TestCase("91440703MA4UJ2K11", "18 characters")]
    [TestCase("91440703MA4UJ2KI1X", "not allowed")]
    public async Task A_malformed_credit_code_is_400_saying_what_is_wrong(string creditCode, string expectedWords)
    {
        var response = await Admin.PostAsJsonAsync("/api/customers", new { name = "x", creditCode, contactName = "x", phone = "13812345678", address = "x", district = "蓬江区", category = "Market" });
        var problem = await Expect.ValidationErrorsAsync(response, "creditCode");
        Assert.That(problem.GetProperty("errors").GetProperty("creditCode")[0].GetString(), Does.Contain(expectedWords).IgnoreCase);
    }

    [Test]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused()
    {
        var valid = CreditCodes.New();
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var response = await Admin.PostAsJsonAsync("/api/customers", new { name = "x", creditCode = wrong, contactName = "x", phone = "13812345678", address = "x", district = "蓬江区", category = "Market" });
        var problem = await Expect.ValidationErrorsAsync(response, "creditCode");
        Assert.That(problem.GetProperty("errors").GetProperty("creditCode")[0].GetString(), Does.Contain("does not match").IgnoreCase);
    }

    [Test]
    public async Task A_duplicate_credit_code_is_409_even_in_lower_case()
    {
        var body = ReceptionDesk.Customer("江门市新会区加油站", "FuelStation") with { District = "新会区" };
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/customers", body), 201);
        var again = await Admin.PostAsJsonAsync("/api/customers", body with { CreditCode = body.CreditCode.ToLowerInvariant() });
        await Expect.ProblemAsync(again, 409, "duplicate-credit-code");
    }

    [Test]
    public async Task Customers_are_found_by_part_of_the_name_or_of_the_credit_code()
    {
        var unique = "鹤山" + Guid.NewGuid().ToString("N")[..6];
        var customer = await Desk.CustomerAsync(Admin, unique + "农贸市场");
        var code = customer.GetProperty("creditCode").GetString()!;
        var byName = await Expect.JsonAsync(await Admin.GetAsync($"/api/customers?query={Uri.EscapeDataString(unique)}"), 200);
        var byCode = await Expect.JsonAsync(await Admin.GetAsync($"/api/customers?query={code[8..16].ToLowerInvariant()}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(byName.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(byCode.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("creditCode").GetString()), Does.Contain(code));
        });
    }

    [Test]
    public async Task Missing_and_bad_fields_are_named()
    {
        var response = await Admin.PostAsJsonAsync("/api/customers", new { name = "x", creditCode = CreditCodes.New(), phone = "12345", category = "Bakery" });
        await Expect.ProblemAsync(response, 400, "malformed-json");
        var fields = await Admin.PostAsJsonAsync("/api/customers", new { name = "x", creditCode = CreditCodes.New(), phone = "12345" });
        await Expect.ValidationErrorsAsync(fields, "contactName", "phone", "address", "district", "category");
    }

    [Test]
    public async Task A_customer_update_needs_the_current_version()
    {
        var customer = await Desk.CustomerAsync(Admin);
        var id = customer.GetProperty("id").GetGuid();
        var body = new { name = "新名称", contactName = "陈经理", phone = "13812345678", address = "江门", district = "江海区", category = "Market", version = 1 };
        var updated = await Expect.JsonAsync(await Admin.PutAsJsonAsync($"/api/customers/{id}", body), 200);
        Assert.That(updated.GetProperty("district").GetString(), Is.EqualTo("江海区"));
        await Expect.ProblemAsync(await Admin.PutAsJsonAsync($"/api/customers/{id}", body), 409, "stale-version");
    }

    [TestCase("Technician")]
    [TestCase("QualityManager")]
    public async Task Only_reception_and_administrators_register_customers(string role)
    {
        var client = await Host.SignInNewUserAsync(role);
        var response = await client.PostAsJsonAsync("/api/customers", ReceptionDesk.Customer());
        await Expect.ProblemAsync(response, 403, "forbidden");
        await Expect.StatusAsync(await client.GetAsync("/api/customers"), 200);
    }
}
