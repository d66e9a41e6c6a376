using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Infrastructure.Persistence;
using Lims.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Security;

/// <summary>
/// The authorisation matrix's laboratory axis (rules 12–13): every route × every role it admits ×
/// (a user of the record's laboratory, a user of another laboratory, the City laboratory's quality
/// manager). <see cref="Cases"/> is the reviewed scope decision of every route with a real request
/// on a county laboratory's records; a route added without one, or a case without its route, fails
/// the first test. The second calls every route: another laboratory's record is 404 and never
/// listed, the City quality manager reads and changes nothing (none of those calls writes an audit
/// line), and the laboratory's own users are let through.
/// </summary>
public sealed class ScopeMatrixTests(string database) : ApiTest(database)
{
    private static readonly string[] AllRoles = ["Admin", "Reception", "Technician", "Reviewer", "Approver", "QualityManager"];

    private static DateOnly Today => StandardsData.Today;

    /// <summary>A route's scope decision and the request that exercises it on <see cref="World"/>.</summary>
    /// <param name="Marker">For <see cref="RouteScope.Listed"/>: what of the laboratory's records the answer shows.</param>
    /// <param name="Refusal">What callers who may not do it get instead: another laboratory's users for <see cref="RouteScope.MadeInOwnLaboratory"/>, everyone for <see cref="RouteScope.Shared"/>, and the City quality manager when <see cref="CityRefusal"/> is not set.</param>
    /// <param name="OwnRefusal">A 403 code the laboratory's own users of some role get by another rule than scope (rule 13).</param>
    private sealed record Case(string Method, string Pattern, RouteScope Scope, Func<World, int, Task<Request>> Make, Func<World, string>? Marker = null, (int Status, string Code)? Refusal = null, (int Status, string Code)? CityRefusal = null, string? OwnRefusal = null)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private sealed record Request(string Path, object? Body = null);

    private static Func<World, int, Task<Request>> Get(Func<World, string> path) => (w, _) => Task.FromResult(new Request(path(w)));

    private static Func<World, int, Task<Request>> Post(Func<World, string> path, Func<World, int, object> body) => (w, n) => Task.FromResult(new Request(path(w), body(w, n)));

    /// <summary>A PUT of the record as the administrator reads it, at its version.</summary>
    private static Func<World, int, Task<Request>> PutBack(Func<World, string> path) => async (w, _) =>
        new Request(path(w), JsonSerializer.Deserialize<Dictionary<string, object?>>(await w.Admin.GetStringAsync(path(w))));

    private static readonly (int, string) StandardForAnotherLaboratory = (422, "standard-for-another-laboratory");

    private static readonly (int, string) ManagedByCityAdministrators = (403, "laboratories-managed-by-city-administrators");

    private static string ScaleTemplates => $"/api/procedures/{Uri.EscapeDataString(WorkBench.Procedure)}/templates";

    /// <summary>A request on the laboratory's seal, uploaded first by the City administrator (a call before may have removed it).</summary>
    private static Func<World, int, Task<Request>> WithSeal(Func<World, string> path) => async (w, _) =>
    {
        using var png = new ByteArrayContent(SealPng.Make());
        png.Headers.ContentType = new("image/png");
        await Expect.StatusAsync(await w.Admin.PutAsync($"/api/laboratories/{w.Lab}/seal", png), 204);
        return new Request(path(w));
    };

    private static readonly Case[] Cases =
    [
        new("GET", "/api/audit", RouteScope.Listed, Get(w => $"/api/audit?entity=Equipment&key={w.AssetNo}"), w => w.AssetNo),
        new("GET", "/api/certificate-changes", RouteScope.Listed, Get(w => $"/api/certificate-changes?certificateNo={w.CertificateNo}"), w => w.Change.ToString()),
        new("GET", "/api/certificate-changes/{id:guid}", RouteScope.Record, Get(w => $"/api/certificate-changes/{w.Change}")),
        new("GET", "/api/certificates", RouteScope.Listed, Get(w => $"/api/certificates?customerId={w.Customer}"), w => w.CertificateNo),
        new("GET", "/api/certificates/{certificateNo}", RouteScope.Record, Get(w => $"/api/certificates/{w.CertificateNo}")),
        new("GET", "/api/certificates/{certificateNo}/pdf", RouteScope.Record, Get(w => $"/api/certificates/{w.CertificateNo}/pdf")),
        new("GET", "/api/customers", RouteScope.Shared, Get(w => $"/api/customers?query={w.CustomerCreditCode}")),
        new("GET", "/api/customers/{id:guid}", RouteScope.Shared, Get(w => $"/api/customers/{w.Customer}")),
        new("GET", "/api/equipment", RouteScope.Listed, Get(w => $"/api/equipment?standardCode={w.Standard}"), w => w.AssetNo),
        new("GET", "/api/equipment/{assetNo}", RouteScope.Record, Get(w => $"/api/equipment/{w.AssetNo}")),
        new("GET", "/api/imports/customers/template", RouteScope.Shared, Get(_ => "/api/imports/customers/template")),
        new("GET", "/api/imports/equipment/template", RouteScope.Shared, Get(_ => "/api/imports/equipment/template")),
        new("GET", "/api/imports/instruments/template", RouteScope.Shared, Get(_ => "/api/imports/instruments/template")),
        new("GET", "/api/imports/standards/template", RouteScope.Shared, Get(_ => "/api/imports/standards/template")),
        new("GET", "/api/imports/users/template", RouteScope.Shared, Get(_ => "/api/imports/users/template")),
        new("GET", "/api/instrument-types", RouteScope.Shared, Get(w => $"/api/instrument-types?query={w.TypeCode}")),
        new("GET", "/api/instrument-types/{code}", RouteScope.Shared, Get(w => $"/api/instrument-types/{w.TypeCode}")),
        new("GET", "/api/instruments", RouteScope.Shared, Get(w => $"/api/instruments?customerId={w.Customer}")),
        new("GET", "/api/instruments/{id:guid}", RouteScope.Listed, Get(w => $"/api/instruments/{w.Instrument}"), w => w.CertificateNo),
        new("GET", "/api/laboratories", RouteScope.Shared, Get(w => $"/api/laboratories?query={w.Lab}")),
        new("GET", "/api/laboratories/{code}", RouteScope.Shared, Get(w => $"/api/laboratories/{w.Lab}")),
        // A laboratory's seal is printed on every certificate it issues: anyone signed in may see it.
        new("GET", "/api/laboratories/{code}/seal", RouteScope.Shared, WithSeal(w => $"/api/laboratories/{w.Lab}/seal")),
        new("GET", "/api/me", RouteScope.Caller, Get(_ => "/api/me")),
        new("GET", "/api/notifications", RouteScope.Listed, Get(_ => "/api/notifications?kind=EquipmentCalibrationExpired&pageSize=200"), w => w.ExpiredAssetNo),
        new("GET", "/api/procedure-templates/{id:guid}", RouteScope.Record, Get(w => $"/api/procedure-templates/{w.Template}")),
        new("GET", "/api/procedures", RouteScope.Shared, Get(_ => "/api/procedures")),
        new("GET", "/api/procedures/{code}", RouteScope.Shared, Get(_ => $"/api/procedures/{Uri.EscapeDataString(WorkBench.Procedure)}")),
        new("GET", "/api/procedures/{code}/templates", RouteScope.Listed, Get(_ => ScaleTemplates), w => w.Template.ToString()),
        new("GET", "/api/public/announcements", RouteScope.Public, Get(w => $"/api/public/announcements?customerId={w.Customer}")),
        new("GET", "/api/public/certificates/{certificateNo}", RouteScope.Public, Get(w => $"/api/public/certificates/{w.CertificateNo}?code={w.VerificationCode}")),
        new("GET", "/api/recalls/due", RouteScope.Shared, Get(w => $"/api/recalls/due?within=400&customerId={w.Customer}")),
        new("GET", "/api/reference-standards", RouteScope.Shared, Get(_ => "/api/reference-standards")),
        new("GET", "/api/reference-standards/{code}", RouteScope.Shared, Get(w => $"/api/reference-standards/{w.ReferenceStandard}")),
        new("GET", "/api/reports/kpi", RouteScope.Record, Get(w => $"/api/reports/kpi?year={Today.Year}&laboratoryCode={w.Lab}")),
        // The reception desk's box (and the web interface's search): a laboratory's work order found by its number only by its own people.
        new("GET", "/api/search", RouteScope.Listed, Get(w => $"/api/search?q={w.OpenWorkOrderNumber}"), w => w.OpenWorkOrderNumber),
        new("GET", "/api/standards", RouteScope.Listed, Get(w => $"/api/standards?laboratoryCode={w.Lab}"), w => w.Standard),
        new("GET", "/api/standards/{code}", RouteScope.Record, Get(w => $"/api/standards/{w.Standard}")),
        new("GET", "/api/submissions", RouteScope.Listed, Get(w => $"/api/submissions?customerId={w.Customer}"), w => w.Submission.ToString()),
        new("GET", "/api/submissions/{id:guid}", RouteScope.Record, Get(w => $"/api/submissions/{w.Submission}")),
        new("GET", "/api/submissions/{id:guid}/receipt", RouteScope.Record, Get(w => $"/api/submissions/{w.Submission}/receipt")),
        new("GET", "/api/traceability/audit", RouteScope.Record, Get(w => $"/api/traceability/audit?laboratoryCode={w.Lab}")),
        new("GET", "/api/traceability/certificates/{certificateNo}", RouteScope.Record, Get(w => $"/api/traceability/certificates/{w.CertificateNo}")),
        new("GET", "/api/traceability/equipment/{assetNo}", RouteScope.Record, Get(w => $"/api/traceability/equipment/{w.AssetNo}")),
        new("GET", "/api/traceability/impact", RouteScope.Record, Get(w => $"/api/traceability/impact?assetNo={w.AssetNo}")),
        new("GET", "/api/users", RouteScope.Account, Get(w => $"/api/users?laboratoryCode={w.Lab}"), w => w.Subject),
        new("GET", "/api/users/{userName}", RouteScope.Account, Get(w => $"/api/users/{w.Subject}")),
        new("GET", "/api/users/{userName}/authorizations", RouteScope.Record, Get(w => $"/api/users/{w.Technician}/authorizations")),
        new("GET", "/api/work-orders", RouteScope.Listed, Get(w => $"/api/work-orders?laboratoryCode={w.Lab}"), w => w.OpenWorkOrder.ToString()),
        new("GET", "/api/work-orders/{id:guid}", RouteScope.Record, Get(w => $"/api/work-orders/{w.OpenWorkOrder}")),
        new("GET", "/api/work-orders/{number}", RouteScope.Record, Get(w => $"/api/work-orders/{w.OpenWorkOrderNumber}")),
        new("GET", "/api/work-orders/{id:guid}/worksheet", RouteScope.Record, Get(w => $"/api/work-orders/{w.OpenWorkOrder}/worksheet?equipment={w.AssetNo}")),
        // Another laboratory's administrator is told there is no such laboratory; the own one is told to send a PNG (415).
        new("DELETE", "/api/laboratories/{code}/seal", RouteScope.Record, WithSeal(w => $"/api/laboratories/{w.Lab}/seal")),
        // Sign-in routes get bodies that fail validation: a failed sign-in from the tests' one address would slow every other test's sign-in.
        new("POST", "/api/auth/login", RouteScope.Public, Post(_ => "/api/auth/login", (_, _) => new { })),
        new("POST", "/api/auth/logout", RouteScope.Caller, Post(_ => "/api/auth/logout", (_, _) => new { })),
        new("POST", "/api/auth/refresh", RouteScope.Public, Post(_ => "/api/auth/refresh", (_, _) => new { refreshToken = "not-a-refresh-token" })),
        new("POST", "/api/certificate-changes/{id:guid}/approve", RouteScope.Record, Post(w => $"/api/certificate-changes/{w.Change}/approve", (_, _) => new { comment = "核实无误" })),
        new("POST", "/api/certificate-changes/{id:guid}/refuse", RouteScope.Record, Post(w => $"/api/certificate-changes/{w.Change}/refuse", (_, _) => new { comment = "不同意" })),
        new("POST", "/api/certificates/{certificateNo}/amend", RouteScope.Record, Post(w => $"/api/certificates/{w.CertificateNo}/amend", (_, _) => new { reason = "型号笔误", corrections = new { model = "ACS-30" } })),
        new("POST", "/api/certificates/{certificateNo}/revoke", RouteScope.Record, Post(w => $"/api/certificates/{w.CertificateNo}/revoke", (_, _) => new { reason = "器具已报废" })),
        new("POST", "/api/customers", RouteScope.Shared, Post(_ => "/api/customers", (_, _) => ReceptionDesk.Customer())),
        new("POST", "/api/equipment", RouteScope.MadeInOwnLaboratory, Post(_ => "/api/equipment", (w, _) => new { assetNo = StandardsData.Code("ZC"), name = "E2等级砝码组", manufacturer = "上海衡器厂", model = "E2-500", serialNumber = "2301458", standardCode = w.Standard }), Refusal: (422, "unknown-standard"), CityRefusal: (422, "standard-of-another-laboratory")),
        new("POST", "/api/equipment/{assetNo}/calibrations", RouteScope.Record, Post(w => $"/api/equipment/{w.AssetNo}/calibrations", (w, _) => new { certificateNo = StandardsData.Code("GDJL"), issuedBy = "广东省计量科学研究院", calibratedOn = StandardsData.Iso(Today), validUntil = StandardsData.Iso(Today.AddYears(1)), expandedUncertainty = "0.05 mg (k=2)", conformity = "Pass", tracesTo = w.ReferenceStandard })),
        new("POST", "/api/equipment/{assetNo}/out-of-tolerance", RouteScope.Record, Post(w => $"/api/equipment/{w.AssetNo}/out-of-tolerance", (_, _) => new { foundOn = StandardsData.Iso(Today), reason = "期间核查超差" })),
        // An import is let through alike (here a form without its file: 400 import-file-missing for all); each row is then
        // registered by the handler its form calls, with that handler's laboratory scope (Imports/ImportScopeTests).
        new("POST", "/api/imports/customers", RouteScope.Shared, Post(_ => "/api/imports/customers?dryRun=true", (_, _) => new { })),
        new("POST", "/api/imports/equipment", RouteScope.Shared, Post(_ => "/api/imports/equipment?dryRun=true", (_, _) => new { })),
        new("POST", "/api/imports/instruments", RouteScope.Shared, Post(_ => "/api/imports/instruments?dryRun=true", (_, _) => new { })),
        new("POST", "/api/imports/standards", RouteScope.Shared, Post(_ => "/api/imports/standards?dryRun=true", (_, _) => new { })),
        new("POST", "/api/imports/users", RouteScope.Shared, Post(_ => "/api/imports/users?dryRun=true", (_, _) => new { })),
        new("POST", "/api/instrument-types", RouteScope.Shared, Post(_ => "/api/instrument-types", (_, _) => new { code = StandardsData.Code("IT"), name = "电子计价秤", procedureCode = WorkBench.Procedure, compulsory = true, intervalMonths = 12, fee = 30 })),
        new("POST", "/api/instruments", RouteScope.Shared, Post(_ => "/api/instruments", (w, _) => ReceptionDesk.Instrument(w.Customer, w.TypeCode))),
        new("POST", "/api/instruments/{id:guid}/retire", RouteScope.Shared, Post(w => $"/api/instruments/{w.SpareInstrument}/retire", (_, _) => new { reason = "客户报废" })),
        new("POST", "/api/jobs/{jobName}/run", RouteScope.Shared, Post(_ => "/api/jobs/recall-scan/run", (_, _) => new { })),
        new("POST", "/api/laboratories", RouteScope.Shared, Post(_ => "/api/laboratories", (_, _) => new { code = StandardsData.Code("L"), name = "恩平市计量所", level = "County", address = "恩平" }), Refusal: ManagedByCityAdministrators),
        new("POST", "/api/me/password", RouteScope.Caller, Post(_ => "/api/me/password", (_, _) => new { })),
        new("POST", "/api/procedures", RouteScope.Shared, Post(_ => "/api/procedures", (_, _) => new { code = $"JJG {Random.Shared.Next(10000, 99999)}-2020", title = "规程", kind = "VerificationRegulation" })),
        // Each laboratory makes versions of its own (the City's for the City quality manager); none names a laboratory.
        new("POST", "/api/procedures/{code}/templates", RouteScope.Shared, async (w, _) => new Request(ScaleTemplates, new { definition = await w.ShippedScaleDefinitionAsync() })),
        new("POST", "/api/reference-standards", RouteScope.Shared, Post(_ => "/api/reference-standards", (_, _) => new { code = StandardsData.Code("CNKG"), name = "国家千克基准", holder = "中国计量科学研究院", kind = "NationalPrimaryStandard" })),
        new("POST", "/api/standards", RouteScope.MadeInOwnLaboratory, Post(_ => "/api/standards", (w, _) => new { code = StandardsData.Code("JMM"), name = "E2等级砝码标准装置", laboratoryCode = w.Lab, assessmentCertificateNo = "[2024]粤量标台法证字第002号", assessmentValidUntil = StandardsData.Iso(Today.AddYears(2)), isPublicStandard = false, procedureCodes = new[] { WorkBench.Procedure } }), Refusal: StandardForAnotherLaboratory, CityRefusal: StandardForAnotherLaboratory),
        new("POST", "/api/submissions", RouteScope.MadeInOwnLaboratory, Post(_ => "/api/submissions", (w, _) => ReceptionDesk.Submission(w.Customer, w.Lab, [w.SpareInstrument])), Refusal: (422, "submission-for-another-laboratory")),
        new("POST", "/api/submissions/{id:guid}/return", RouteScope.Record, Post(w => $"/api/submissions/{w.Submission}/return", (_, _) => new { })),
        new("POST", "/api/traceability/impact/notices", RouteScope.Record, Post(_ => "/api/traceability/impact/notices", (w, _) => new { assetNo = w.AssetNo, certificateNo = w.CertificateNo, how = "Phone" })),
        new("POST", "/api/users", RouteScope.MadeInOwnLaboratory, Post(_ => "/api/users", (w, n) => new { userName = $"scope{n}-{Guid.NewGuid():N}"[..20], displayName = "新同事", password = "Test-Password-1", roles = new[] { "Reception" }, laboratoryCode = w.Lab }), Refusal: (422, "other-laboratory")),
        new("POST", "/api/users/{userName}/authorizations", RouteScope.Record, Post(w => $"/api/users/{w.Technician}/authorizations", (_, _) => new { procedureCode = WorkBench.Procedure, certificateNo = StandardsData.Code("JDY"), validUntil = StandardsData.Iso(Today.AddYears(1)) }), CityRefusal: (403, "not-the-technicians-quality-manager"), OwnRefusal: "not-the-technicians-quality-manager"),
        new("POST", "/api/users/{userName}/disable", RouteScope.Account, Post(w => $"/api/users/{w.Subject}/disable", (_, _) => new { })),
        new("POST", "/api/users/{userName}/enable", RouteScope.Account, Post(w => $"/api/users/{w.Subject}/enable", (_, _) => new { })),
        new("POST", "/api/users/{userName}/password-reset", RouteScope.Account, Post(w => $"/api/users/{w.Subject}/password-reset", (_, _) => new { })),
        new("POST", "/api/work-orders/{id:guid}/approve", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/approve", (_, _) => new { })),
        new("POST", "/api/work-orders/{id:guid}/assign", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/assign", (w, _) => new { technician = w.Technician })),
        new("POST", "/api/work-orders/{id:guid}/cancel", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/cancel", (_, _) => new { reason = "客户撤回" })),
        new("POST", "/api/work-orders/{id:guid}/results", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/results", (w, _) => WorkBench.Results(w.AssetNo))),
        new("POST", "/api/work-orders/{id:guid}/review", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/review", (_, _) => new { accept = true, comment = "核验无误" })),
        new("PUT", "/api/customers/{id:guid}", RouteScope.Shared, PutBack(w => $"/api/customers/{w.Customer}")),
        new("PUT", "/api/instrument-types/{code}", RouteScope.Shared, PutBack(w => $"/api/instrument-types/{w.TypeCode}")),
        new("PUT", "/api/instruments/{id:guid}", RouteScope.Shared, PutBack(w => $"/api/instruments/{w.SpareInstrument}")),
        new("PUT", "/api/laboratories/{code}", RouteScope.Shared, PutBack(w => $"/api/laboratories/{w.Lab}"), Refusal: ManagedByCityAdministrators),
        new("PUT", "/api/laboratories/{code}/seal", RouteScope.Record, Get(w => $"/api/laboratories/{w.Lab}/seal")),
        new("PUT", "/api/procedures/{code}", RouteScope.Shared, PutBack(_ => $"/api/procedures/{Uri.EscapeDataString(WorkBench.Procedure)}")),
        new("PUT", "/api/reference-standards/{code}", RouteScope.Shared, PutBack(w => $"/api/reference-standards/{w.ReferenceStandard}")),
        new("PUT", "/api/users/{userName}", RouteScope.Account, PutBack(w => $"/api/users/{w.Subject}")),
        new("PUT", "/api/work-orders/{id:guid}/parameters", RouteScope.Record, Post(w => $"/api/work-orders/{w.OpenWorkOrder}/parameters", (_, _) => WorkBench.ScaleParameters)),
    ];

    [Test]
    public void Every_route_has_a_reviewed_scope_decision()
    {
        var declared = RouteRule.Declared(Host.Factory.Services).Select(r => $"{r.Method} {r.Pattern}").ToList();
        var decided = Cases.Select(c => c.ToString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(declared.Except(decided), Is.Empty, "Routes without a scope decision: add a case to ScopeMatrixTests.Cases.");
            Assert.That(decided.Except(declared), Is.Empty, "Cases of routes that no longer exist.");
            Assert.That(decided, Is.Unique);
        });
    }

    [Test]
    public async Task Each_laboratory_reaches_only_its_own_records_and_the_City_quality_manager_reads_them_all()
    {
        var world = await World.ArrangeAsync(Host);
        var rules = RouteRule.Declared(Host.Factory.Services).ToDictionary(r => $"{r.Method} {r.Pattern}", r => r.Who);
        var wrong = new List<string>();
        var calls = 0;

        // Another laboratory's users and the City quality manager first: none of this may change anything.
        var outsiders = world.Other.Values.Select(c => c.UserName).Append(world.CityQuality.UserName).ToList();
        var linesBefore = await LinesByAsync(outsiders);
        foreach (var c in Cases.Where(c => c.Scope is RouteScope.Record or RouteScope.Listed or RouteScope.MadeInOwnLaboratory or RouteScope.Account))
        {
            foreach (var role in RolesOf(rules[c.ToString()]))
            {
                await CheckAsync(c, world, world.Other[role], role, Caller.OtherLaboratory, wrong, ++calls);
            }

            await CheckAsync(c, world, world.CityQuality, "QualityManager", Caller.CityQualityManager, wrong, ++calls);
        }

        Assert.That(await LinesByAsync(outsiders), Is.EqualTo(linesBefore), "another laboratory's users and the City quality manager changed nothing");

        // Then the laboratory's own users, and everyone on the shared routes.
        foreach (var c in Cases)
        {
            var roles = RolesOf(rules[c.ToString()]);
            switch (c.Scope)
            {
                case RouteScope.Record or RouteScope.Listed or RouteScope.MadeInOwnLaboratory or RouteScope.Account:
                    foreach (var role in roles)
                    {
                        await CheckAsync(c, world, world.Own[role], role, Caller.OwnLaboratory, wrong, ++calls);
                    }

                    break;
                case RouteScope.Shared:
                    foreach (var role in roles)
                    {
                        await CheckAsync(c, world, world.Own[role], role, Caller.OwnLaboratory, wrong, ++calls);
                        await CheckAsync(c, world, world.Other[role], role, Caller.OtherLaboratory, wrong, ++calls);
                    }

                    if (roles.Contains("QualityManager"))
                    {
                        await CheckAsync(c, world, world.CityQuality, "QualityManager", Caller.CityQualityManager, wrong, ++calls);
                    }

                    break;
                case RouteScope.Caller or RouteScope.Public:
                    foreach (var (caller, client) in (await world.FreshCallersAsync(Host)).Where(x => c.Scope == RouteScope.Public || x.Caller != Caller.Anonymous))
                    {
                        await CheckAsync(c, world, client, "any", caller, wrong, ++calls);
                    }

                    break;
            }
        }

        Assert.That(wrong, Is.Empty, $"{wrong.Count} of {calls} calls answered otherwise than the route's scope decision says");
    }

    private enum Caller
    {
        OwnLaboratory,
        OtherLaboratory,
        CityQualityManager,
        Anonymous,
    }

    private static string[] RolesOf(string who) =>
        who is RouteRule.SignedIn or RouteRule.Anyone ? AllRoles : who.Split(',');

    private static async Task CheckAsync(Case c, World world, HttpClient client, string role, Caller caller, List<string> wrong, int n)
    {
        var request = await c.Make(world, n);
        using var message = new HttpRequestMessage(new HttpMethod(c.Method), request.Path);
        if (c.Method is "POST" or "PUT")
        {
            message.Content = JsonContent.Create(request.Body ?? new { });
        }

        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var text = response.Content.Headers.ContentType?.MediaType == "application/pdf" ? "" : await response.Content.ReadAsStringAsync();
        var code = status >= 400 && text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var p) ? p.GetString() : null : null;
        var marker = c.Marker?.Invoke(world);
        var why = Judge(c, role, caller, status, code, marker is null ? null : text.Contains(marker, StringComparison.Ordinal));
        if (why is not null)
        {
            wrong.Add($"{c} as {caller} {role}: {status} {code} — expected {why}");
        }
    }

    /// <summary>Null when the answer is what the scope decision says; otherwise what was expected.</summary>
    private static string? Judge(Case c, string role, Caller caller, int status, string? code, bool? shows)
    {
        var read = c.Method == "GET";
        var admitted = status is not (401 or 403 or 404) && status < 500;
        return c.Scope switch
        {
            RouteScope.Record or RouteScope.Account when caller == Caller.OwnLaboratory && shows is null =>
                admitted || (status == 403 && code == c.OwnRefusal && role != "QualityManager") ? null : "to be let through",
            RouteScope.Record or RouteScope.Account when caller == Caller.OtherLaboratory && shows is null =>
                status == 404 && code == "not-found" ? null : "404 not-found",
            RouteScope.Record when caller == Caller.CityQualityManager => CityQualityManager(c, read, status, code),
            // Accounts are their laboratory's administrators' and quality managers' to read: the City's quality manager reads the City's own.
            RouteScope.Account when caller == Caller.CityQualityManager && shows is null =>
                read ? (status == 404 ? null : "404: a county's accounts are its own") : (status == 403 ? null : "403: only administrators manage accounts"),
            RouteScope.Account => Shows(status, shows, caller == Caller.OwnLaboratory),
            RouteScope.Listed => Shows(status, shows, caller != Caller.OtherLaboratory),
            RouteScope.MadeInOwnLaboratory when caller == Caller.OwnLaboratory => admitted ? null : "to be let through",
            RouteScope.MadeInOwnLaboratory => Refused(caller == Caller.CityQualityManager ? c.CityRefusal ?? (403, "forbidden") : c.Refusal!.Value, status, code),
            RouteScope.Shared => admitted || (c.Refusal is { } r && status == r.Status && code == r.Code) ? null : "to be let through alike",
            RouteScope.Caller => admitted ? null : "to be let through",
            RouteScope.Public => status is not (403 or 404) and < 500 ? null : "an answer, never 403/404",
            _ => "a decision",
        };
    }

    /// <summary>Reads: 200. Changes: 403, with <c>read-only-outside-laboratory</c> when the role is the City quality manager's (else the role's own 403).</summary>
    private static string? CityQualityManager(Case c, bool read, int status, string? code)
    {
        if (read)
        {
            return status == 200 ? null : "200";
        }

        var expected = c.CityRefusal ?? (403, "read-only-outside-laboratory");
        return status == 403 && (code == expected.Code || code == "forbidden") ? null : $"{expected.Status} {expected.Code}";
    }

    private static string? Shows(int status, bool? shows, bool expected) =>
        status != 200 ? "200"
        : shows == expected ? null
        : expected ? "to show the laboratory's records" : "not to show the laboratory's records";

    private static string? Refused((int Status, string Code) expected, int status, string? code) =>
        status == expected.Status && code == expected.Code ? null : $"{expected.Status} {expected.Code}";

    /// <summary>How many audit lines these users wrote.</summary>
    private async Task<int> LinesByAsync(IReadOnlyList<string> users)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        return await db.AuditTrail.CountAsync(a => users.Contains(a.User));
    }

    /// <summary>
    /// A county laboratory's records — a submission with a certificate issued and an amendment of it
    /// asked for, a work order registered, its standard and equipment (one expired and reminded),
    /// its technician and a user to manage — its people of every role, and the users of another
    /// county laboratory of every role and the City laboratory's quality manager.
    /// </summary>
    private sealed class World
    {
        private World(WorkBench bench) => Bench = bench;

        public WorkBench Bench { get; }

        public string Lab => Bench.Lab;

        public HttpClient Admin { get; private set; } = null!;

        public Guid Customer => Bench.Customer;

        public string CustomerCreditCode { get; private set; } = "";

        public string TypeCode => Bench.TypeCode;

        public string Technician => Bench.TechnicianName;

        public string Standard => Bench.Standards.Standard;

        public string ReferenceStandard => Bench.Standards.Guangdong;

        public string AssetNo => Bench.WeightSet;

        public string ExpiredAssetNo { get; private set; } = "";

        public Guid Submission { get; private set; }

        public Guid OpenWorkOrder { get; private set; }

        public string OpenWorkOrderNumber { get; private set; } = "";

        public Guid Instrument { get; private set; }

        public Guid SpareInstrument { get; private set; }

        public string CertificateNo { get; private set; } = "";

        public string VerificationCode { get; private set; } = "";

        public Guid Change { get; private set; }

        /// <summary>The laboratory's own version of the scale template.</summary>
        public Guid Template { get; private set; }

        public string Subject { get; private set; } = "";

        public Dictionary<string, User> Own { get; } = [];

        public Dictionary<string, User> Other { get; } = [];

        public User CityQuality { get; private set; } = null!;

        public static async Task<World> ArrangeAsync(ApiHost host)
        {
            var w = new World(await WorkBench.ArrangeAsync(host, level: "County")) { Admin = host.Admin };
            var bench = w.Bench;
            var approved = await bench.ReviewedWorkOrderAsync();
            var certificate = await Expect.JsonAsync(await bench.Approver.PostAsJsonAsync($"/api/work-orders/{approved}/approve", new { }), 200);
            w.CertificateNo = certificate.GetProperty("certificateNo").GetString()!;
            w.VerificationCode = certificate.GetProperty("verificationCode").GetString()!;
            var detail = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{approved}"), 200);
            w.Instrument = detail.GetProperty("instrumentId").GetGuid();
            var submissions = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/submissions?customerId={w.Customer}"), 200);
            w.Submission = submissions.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
            w.OpenWorkOrder = await bench.WorkOrderAsync();
            w.OpenWorkOrderNumber = (await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders/{w.OpenWorkOrder}"), 200)).GetProperty("number").GetString()!;
            w.SpareInstrument = await new ReceptionDesk(host.Admin).InstrumentAsync(bench.Reception, w.Customer, w.TypeCode);
            w.CustomerCreditCode = (await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/customers/{w.Customer}"), 200)).GetProperty("creditCode").GetString()!;
            var change = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync($"/api/certificates/{w.CertificateNo}/amend", new { reason = "型号笔误", corrections = new { model = "ACS-30" } }), 201);
            w.Change = change.GetProperty("id").GetGuid();
            var template = await Expect.JsonAsync(await bench.QualityManager.PostAsJsonAsync(ScaleTemplates, new { definition = await w.ShippedScaleDefinitionAsync() }), 201);
            w.Template = template.GetProperty("id").GetGuid();

            w.ExpiredAssetNo = await bench.Standards.WeightSetAsync();
            await Expect.StatusAsync(await bench.Standards.CalibrateAsync(w.ExpiredAssetNo, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);
            await host.RunRecallScanAsync();

            (_, w.Subject) = await host.NewUserInAsync(w.Lab, "Reception");
            w.Own["Reception"] = new User(bench.Reception, "");
            w.Own["Technician"] = new User(bench.Technician, bench.TechnicianName);
            w.Own["Reviewer"] = new User(bench.Reviewer, "");
            w.Own["Approver"] = new User(bench.Approver, "");
            w.Own["QualityManager"] = new User(bench.QualityManager, bench.Standards.QualityName);
            w.Own["Admin"] = User.Of(await host.NewUserInAsync(w.Lab, "Admin"));

            w.OtherLab = await new ReceptionDesk(host.Admin).LaboratoryAsync("County");
            foreach (var role in AllRoles)
            {
                w.Other[role] = User.Of(await host.NewUserInAsync(w.OtherLab, role));
            }

            w.CityLab = await new ReceptionDesk(host.Admin).LaboratoryAsync("City");
            w.CityQuality = User.Of(await host.NewUserInAsync(w.CityLab, "QualityManager"));
            return w;
        }

        public string OtherLab { get; private set; } = "";

        public string CityLab { get; private set; } = "";

        /// <summary>New users of the laboratory, of the other county and of the City, and no one: routes about the caller's own session (signing out ends it).</summary>
        public async Task<IReadOnlyList<(Caller Caller, HttpClient Client)>> FreshCallersAsync(ApiHost host) =>
        [
            (Caller.OwnLaboratory, await host.SignInNewUserInAsync(Lab, "Reception")),
            (Caller.OtherLaboratory, await host.SignInNewUserInAsync(OtherLab, "Reception")),
            (Caller.CityQualityManager, await host.SignInNewUserInAsync(CityLab, "QualityManager")),
            (Caller.Anonymous, host.Anonymous()),
        ];

        /// <summary>The shipped JJG 539 template's definition, as a laboratory starts its own version from it.</summary>
        public async Task<JsonElement> ShippedScaleDefinitionAsync() =>
            (await Expect.JsonAsync(await Admin.GetAsync("/api/procedure-templates/0190f1c0-0000-7000-8000-000000000539"), 200)).GetProperty("definition");
    }

    private sealed record User(HttpClient Client, string UserName)
    {
        public static User Of((HttpClient Client, string UserName) signedIn) => new(signedIn.Client, signedIn.UserName);

        public static implicit operator HttpClient(User user) => user.Client;
    }
}
