using System.Text;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Security;

/// <summary>
/// Every route × every role and anonymous. The table below is the reviewed rule for each route;
/// a route added without a line here, or whose declared roles differ, fails the first test. The
/// second test calls every route as every role: who may not gets 401/403, who may never does.
/// </summary>
public sealed class AuthorizationMatrixTests(string database) : ApiTest(database)
{
    private static readonly string[] AllRoles = ["Admin", "Reception", "Technician", "Reviewer", "Approver", "QualityManager"];

    private static readonly RouteRule[] Expected =
    [
        new("GET", "/api/audit", "Admin,QualityManager"),
        new("GET", "/api/certificate-changes", "Approver,QualityManager"),
        new("GET", "/api/certificate-changes/{id:guid}", "Approver,QualityManager"),
        new("GET", "/api/certificates", RouteRule.SignedIn),
        new("GET", "/api/certificates/{certificateNo}", RouteRule.SignedIn),
        new("GET", "/api/certificates/{certificateNo}/pdf", RouteRule.SignedIn),
        new("GET", "/api/customers", RouteRule.SignedIn),
        new("GET", "/api/customers/{id:guid}", RouteRule.SignedIn),
        new("GET", "/api/equipment", RouteRule.SignedIn),
        new("GET", "/api/equipment/{assetNo}", RouteRule.SignedIn),
        new("GET", "/api/instrument-types", RouteRule.SignedIn),
        new("GET", "/api/instrument-types/{code}", RouteRule.SignedIn),
        new("GET", "/api/instruments", RouteRule.SignedIn),
        new("GET", "/api/instruments/{id:guid}", RouteRule.SignedIn),
        new("GET", "/api/laboratories", RouteRule.SignedIn),
        new("GET", "/api/laboratories/{code}", RouteRule.SignedIn),
        new("GET", "/api/laboratories/{code}/seal", RouteRule.SignedIn),
        new("GET", "/api/me", RouteRule.SignedIn),
        new("GET", "/api/notifications", "Admin,QualityManager,Reception"),
        new("GET", "/api/procedures", RouteRule.SignedIn),
        new("GET", "/api/procedures/{code}", RouteRule.SignedIn),
        new("GET", "/api/procedures/{code}/templates", RouteRule.SignedIn),
        new("GET", "/api/procedure-templates/{id:guid}", RouteRule.SignedIn),
        new("GET", "/api/public/announcements", RouteRule.Anyone),
        new("GET", "/api/public/certificates/{certificateNo}", RouteRule.Anyone),
        new("GET", "/api/recalls/due", RouteRule.SignedIn),
        new("GET", "/api/reference-standards", RouteRule.SignedIn),
        new("GET", "/api/reference-standards/{code}", RouteRule.SignedIn),
        new("GET", "/api/reports/kpi", "Admin,QualityManager"),
        new("GET", "/api/search", RouteRule.SignedIn),
        new("GET", "/api/standards", RouteRule.SignedIn),
        new("GET", "/api/standards/{code}", RouteRule.SignedIn),
        new("GET", "/api/submissions", RouteRule.SignedIn),
        new("GET", "/api/submissions/{id:guid}", RouteRule.SignedIn),
        new("GET", "/api/submissions/{id:guid}/receipt", RouteRule.SignedIn),
        new("GET", "/api/traceability/audit", RouteRule.SignedIn),
        new("GET", "/api/traceability/certificates/{certificateNo}", RouteRule.SignedIn),
        new("GET", "/api/traceability/equipment/{assetNo}", RouteRule.SignedIn),
        new("GET", "/api/traceability/impact", RouteRule.SignedIn),
        new("GET", "/api/users", "Admin,QualityManager"),
        new("GET", "/api/users/{userName}", "Admin,QualityManager"),
        new("GET", "/api/users/{userName}/authorizations", RouteRule.SignedIn),
        new("GET", "/api/work-orders", RouteRule.SignedIn),
        new("GET", "/api/work-orders/{id:guid}", RouteRule.SignedIn),
        new("GET", "/api/work-orders/{id:guid}/worksheet", RouteRule.SignedIn),
        new("GET", "/api/work-orders/{number}", RouteRule.SignedIn),
        new("POST", "/api/auth/login", RouteRule.Anyone),
        new("POST", "/api/auth/logout", RouteRule.SignedIn),
        new("POST", "/api/auth/refresh", RouteRule.Anyone),
        new("POST", "/api/certificate-changes/{id:guid}/approve", "Approver"),
        new("POST", "/api/certificate-changes/{id:guid}/refuse", "Approver"),
        new("POST", "/api/certificates/{certificateNo}/amend", "QualityManager"),
        new("POST", "/api/certificates/{certificateNo}/revoke", "QualityManager"),
        new("POST", "/api/customers", "Admin,Reception"),
        new("POST", "/api/equipment", "Admin,QualityManager"),
        new("POST", "/api/equipment/{assetNo}/calibrations", "Admin,QualityManager"),
        new("POST", "/api/equipment/{assetNo}/out-of-tolerance", "Admin,QualityManager"),
        new("POST", "/api/instrument-types", "Admin,QualityManager"),
        new("POST", "/api/instruments", "Admin,Reception"),
        new("POST", "/api/imports/customers", "Admin,QualityManager,Reception"),
        new("GET", "/api/imports/customers/template", "Admin,QualityManager,Reception"),
        new("POST", "/api/imports/equipment", "Admin,QualityManager"),
        new("GET", "/api/imports/equipment/template", "Admin,QualityManager"),
        new("POST", "/api/imports/instruments", "Admin,QualityManager,Reception"),
        new("GET", "/api/imports/instruments/template", "Admin,QualityManager,Reception"),
        new("POST", "/api/imports/standards", "Admin,QualityManager"),
        new("GET", "/api/imports/standards/template", "Admin,QualityManager"),
        new("POST", "/api/imports/users", "Admin"),
        new("GET", "/api/imports/users/template", "Admin"),
        new("POST", "/api/instruments/{id:guid}/retire", "Admin,Reception"),
        new("POST", "/api/jobs/{jobName}/run", "Admin"),
        new("POST", "/api/laboratories", "Admin,QualityManager"),
        new("POST", "/api/me/password", RouteRule.SignedIn),
        new("POST", "/api/procedures", "Admin,QualityManager"),
        new("POST", "/api/procedures/{code}/templates", "Admin,QualityManager"),
        new("POST", "/api/reference-standards", "Admin,QualityManager"),
        new("POST", "/api/standards", "Admin,QualityManager"),
        new("POST", "/api/submissions", "Admin,Reception"),
        new("POST", "/api/submissions/{id:guid}/return", "Admin,Reception"),
        new("POST", "/api/traceability/impact/notices", "Admin,QualityManager"),
        new("POST", "/api/users", "Admin"),
        new("POST", "/api/users/{userName}/authorizations", "Admin,QualityManager"),
        new("POST", "/api/users/{userName}/disable", "Admin"),
        new("POST", "/api/users/{userName}/enable", "Admin"),
        new("POST", "/api/users/{userName}/password-reset", "Admin"),
        new("POST", "/api/work-orders/{id:guid}/approve", "Approver"),
        new("POST", "/api/work-orders/{id:guid}/assign", "QualityManager,Reception"),
        new("POST", "/api/work-orders/{id:guid}/cancel", "QualityManager,Reception"),
        new("POST", "/api/work-orders/{id:guid}/results", "Technician"),
        new("POST", "/api/work-orders/{id:guid}/review", "Reviewer"),
        new("PUT", "/api/customers/{id:guid}", "Admin,Reception"),
        new("PUT", "/api/instrument-types/{code}", "Admin,QualityManager"),
        new("PUT", "/api/instruments/{id:guid}", "Admin,Reception"),
        new("PUT", "/api/laboratories/{code}", "Admin,QualityManager"),
        new("PUT", "/api/laboratories/{code}/seal", "Admin"),
        new("PUT", "/api/procedures/{code}", "Admin,QualityManager"),
        new("PUT", "/api/reference-standards/{code}", "Admin,QualityManager"),
        new("PUT", "/api/users/{userName}", "Admin"),
        new("PUT", "/api/work-orders/{id:guid}/parameters", "Reception,Technician"),
        new("DELETE", "/api/laboratories/{code}/seal", "Admin"),
    ];

    [Test]
    public void Every_route_has_a_reviewed_rule()
    {
        var declared = RouteRule.Declared(Host.Factory.Services);
        var table = new StringBuilder();
        foreach (var rule in declared)
        {
            table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"        new(\"{rule.Method}\", \"{rule.Pattern}\", {(rule.Who is RouteRule.Anyone ? "RouteRule.Anyone" : rule.Who is RouteRule.SignedIn ? "RouteRule.SignedIn" : $"\"{rule.Who}\"")}),");
        }

        Assert.That(declared, Is.EquivalentTo(Expected), "Routes and their declared roles differ from the reviewed table. Declared now:\n" + table);
    }

    [Test]
    public async Task Every_route_refuses_whoever_may_not_call_it_and_admits_whoever_may()
    {
        // Users of a City laboratory, so that each route's own scope lets them through: the roles alone decide here.
        var city = await new ReceptionDesk(Admin).LaboratoryAsync("City");
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = Host.Anonymous() };
        foreach (var role in AllRoles)
        {
            clients[role] = await Host.SignInNewUserInAsync(city, role);
        }

        var wrong = new List<string>();
        foreach (var rule in RouteRule.Declared(Host.Factory.Services))
        {
            foreach (var (who, client) in clients)
            {
                var allowed = rule.Who == RouteRule.Anyone || (who != "anonymous" && (rule.Who == RouteRule.SignedIn || rule.Who.Split(',').Contains(who)));
                var status = (int)(await SendAsync(client, rule)).StatusCode;
                var refused = status is 401 or 403;
                var expected = allowed ? "not 401/403" : who == "anonymous" ? "401" : "403";
                if (allowed == refused || (!allowed && status != (who == "anonymous" ? 401 : 403)))
                {
                    wrong.Add($"{rule.Method} {rule.Pattern} as {who}: {status}, expected {expected}");
                }

                if (status >= 500)
                {
                    wrong.Add($"{rule.Method} {rule.Pattern} as {who}: {status}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>The route with placeholder values (a new GUID, "X") and an empty body of the kind it accepts: a form without a file for an import, else an empty JSON object.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, RouteRule rule)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(rule.Pattern, @"\{(\w+)(:guid)?\}", m => m.Groups[2].Success ? Guid.NewGuid().ToString() : "X");
        var request = new HttpRequestMessage(new HttpMethod(rule.Method), path);
        if (rule.Method is "POST" or "PUT")
        {
            request.Content = rule.Pattern.StartsWith("/api/imports/", StringComparison.Ordinal)
                ? new MultipartFormDataContent()
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
