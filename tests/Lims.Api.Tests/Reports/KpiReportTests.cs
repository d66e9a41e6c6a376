using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Application.Common;

namespace Lims.Api.Tests.Reports;

/// <summary>
/// The city plan's indicators on a data set made for one laboratory, every expected value worked
/// out by hand below. Scoped by laboratoryCode because the database is shared by all tests.
/// </summary>
public sealed class KpiReportTests(string database) : ApiTest(database)
{
    private static int Year => WorkBench.Today.Year;

    private static DateOnly YearEnd => new(Year, 12, 31);

    [Test]
    public async Task The_indicators_of_a_laboratory_follow_their_definitions()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var market = r.Bench.Customer;                                    // Market, 蓬江区
        var district = "台山市" + StandardsData.Code("")[..4];
        var hospital = await r.CustomerAsync(district, "Medical");
        var optional = StandardsData.Code("NC");                          // same regulation, not compulsory: ¥50, not waived
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new { code = optional, name = "电子天平", procedureCode = WorkBench.Procedure, compulsory = false, intervalMonths = 12, fee = 50 }), 201);

        // i1 passes (received 4 days ago); i2 fails, then passes on re-verification (received 1 day ago).
        var i1 = await r.InstrumentAsync(market);
        await r.VerifyAsync(market, i1, pass: true, receivedDaysAgo: 4);
        var i2 = await r.InstrumentAsync(market);
        await r.VerifyAsync(market, i2, pass: false);
        await r.VerifyAsync(market, i2, pass: true, receivedDaysAgo: 1);

        // i3 fails and is not re-verified (2 days).
        var i3 = await r.InstrumentAsync(hospital);
        await r.VerifyAsync(hospital, i3, pass: false, receivedDaysAgo: 2);

        // i4 verified exactly one interval (12 months) before the year end: within; i5 one day earlier: not.
        var i4 = await r.InstrumentAsync(hospital);
        await r.MoveCertificateAsync(await r.VerifyAsync(hospital, i4, pass: true), YearEnd.AddMonths(-12));
        var i5 = await r.InstrumentAsync(hospital);
        await r.MoveCertificateAsync(await r.VerifyAsync(hospital, i5, pass: true), YearEnd.AddMonths(-12).AddDays(-1));

        // i6 passes (3 days), is handed back and retired: out of the population, its certificate still issued.
        var i6 = await r.InstrumentAsync(market);
        await r.VerifyAsync(market, i6, pass: true, receivedDaysAgo: 3);
        await Expect.StatusAsync(await r.Bench.Reception.PostAsJsonAsync($"/api/instruments/{i6}/retire", new { reason = "损坏报废" }), 200);

        // i7 handed in 11 days ago and still open: in the population, not verified, overdue (> 10 days).
        var i7 = await r.InstrumentAsync(market);
        var (_, open) = await r.HandInAsync(market, i7);
        await r.RegisteredDaysAgoAsync(open, 11);

        // i8 is not compulsory: passes (6 days); no coverage, no fee waived.
        var i8 = await r.InstrumentAsync(hospital, optional);
        await r.VerifyAsync(hospital, i8, pass: true, receivedDaysAgo: 6);

        var kpi = await r.KpiAsync(Year);

        Assert.Multiple(() =>
        {
            Assert.That(kpi.GetProperty("laboratoryCode").GetString(), Is.EqualTo(r.Lab));
            // Population i1 i2 i3 i4 i5 i7 (i6 retired, i8 not compulsory); covered i1 i2 i3 (its result notice is an inspection too) i4.
            AssertRate(kpi.GetProperty("coverageRate"), 4, 6, 66.67m, 97m, false);
            // Issued this year: certificates i1 i2 i6 i8, notices i2 i3 (i4 and i5 were moved to last year).
            AssertRate(kpi.GetProperty("passRate"), 4, 6, 66.67m, 92m, false);
            AssertGroups(kpi.GetProperty("passRateByInstrumentType"), (r.Bench.TypeCode, 3, 5, 60.00m), (optional, 1, 1, 100.00m));
            AssertGroups(kpi.GetProperty("passRateByCustomerCategory"), ("Market", 3, 4, 75.00m), ("Medical", 1, 2, 50.00m));
            Assert.That(Kinds(kpi), Is.EqualTo(new Dictionary<string, decimal> { ["VerificationCertificate"] = 4, ["VerificationResultNotice"] = 2, ["CalibrationCertificate"] = 0 }));

            // One public standard, assessment valid for two more years; a city laboratory's target is 150.
            var standards = kpi.GetProperty("standardsInDate").EnumerateArray().Single();
            Assert.That(standards.GetProperty("key").GetString(), Is.EqualTo(r.Lab));
            Assert.That(standards.GetProperty("indicator").GetProperty("value").GetDecimal(), Is.EqualTo(1m));
            Assert.That(standards.GetProperty("indicator").GetProperty("target").GetDecimal(), Is.EqualTo(150m));
            Assert.That(standards.GetProperty("indicator").GetProperty("met").GetBoolean(), Is.False);
            Assert.That(kpi.GetProperty("laboratoryLevel").GetString(), Is.EqualTo("City"));
            // The public standards and the fees waived have targets for the city's totals only (rule 16).
            Assert.That(kpi.GetProperty("publicStandards").GetProperty("value").GetDecimal(), Is.EqualTo(1m));
            Assert.That(kpi.GetProperty("publicStandards").GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(kpi.GetProperty("publicStandards").GetProperty("met").ValueKind, Is.EqualTo(JsonValueKind.Null));

            // ¥30 waived per compulsory verification received this year: 蓬江区 i1 i2 i2 i6 i7, the hospital's district i3 i4 i5.
            Assert.That(kpi.GetProperty("feesWaived").GetProperty("value").GetDecimal(), Is.EqualTo(240m));
            Assert.That(kpi.GetProperty("feesWaived").GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(kpi.GetProperty("feesWaived").GetProperty("met").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Fees(kpi), Is.EqualTo(new Dictionary<string, decimal> { ["蓬江区"] = 150m, [district] = 90m }));

            // Approved this year after 4, 0, 1, 2, 0, 0, 3, 6 days: sorted 0 0 0 1 2 3 4 6, median (1 + 2) / 2.
            Assert.That(kpi.GetProperty("medianTurnaroundDays").GetProperty("value").GetDecimal(), Is.EqualTo(1.5m));
            Assert.That(kpi.GetProperty("medianTurnaroundDays").GetProperty("denominator").GetInt64(), Is.EqualTo(8));
            Assert.That(kpi.GetProperty("overdueWorkOrders").GetProperty("value").GetDecimal(), Is.EqualTo(1m));
            Assert.That(kpi.GetProperty("overdueAfterDays").GetInt32(), Is.EqualTo(10));
        });

        // The year before: only i4 and i5 were issued then (both passed). Its coverage counts only
        // the compulsory instruments the laboratory had received by that year end: in the first
        // days of January some of those handed in days ago were; none was verified in that year.
        var before = await r.KpiAsync(Year - 1);
        var thisYear = ChinaTime.StartOf(new DateOnly(Year, 1, 1));
        var now = DateTimeOffset.UtcNow;
        var receivedLastYear = new[] { (i1, 4), (i2, 1), (i3, 2), (i6, 3), (i7, 11) }
            .Count(handedIn => now.AddDays(-handedIn.Item2) < thisYear);
        Assert.Multiple(() =>
        {
            AssertRate(before.GetProperty("passRate"), 2, 2, 100m, 92m, true);
            Assert.That(before.GetProperty("coverageRate").GetProperty("denominator").GetInt64(), Is.EqualTo(receivedLastYear));
            Assert.That(before.GetProperty("coverageRate").GetProperty("numerator").GetInt64(), Is.Zero);
            Assert.That(before.GetProperty("coverageRate").GetProperty("value").ValueKind, Is.EqualTo(receivedLastYear == 0 ? JsonValueKind.Null : JsonValueKind.Number));
            Assert.That(before.GetProperty("coverageRate").GetProperty("met").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task City_wide_figures_grow_by_what_a_new_laboratory_adds()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var before = await Expect.JsonAsync(await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}"), 200);
        var instrument = await r.InstrumentAsync(r.Bench.Customer);
        await r.VerifyAsync(r.Bench.Customer, instrument, pass: true);
        var after = await Expect.JsonAsync(await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}"), 200);

        Assert.Multiple(() =>
        {
            Assert.That(after.GetProperty("laboratoryCode").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Numerator(after, "passRate") - Numerator(before, "passRate"), Is.EqualTo(1));
            Assert.That(Denominator(after, "passRate") - Denominator(before, "passRate"), Is.EqualTo(1));
            Assert.That(Numerator(after, "coverageRate") - Numerator(before, "coverageRate"), Is.EqualTo(1));
            Assert.That(after.GetProperty("feesWaived").GetProperty("value").GetDecimal() - before.GetProperty("feesWaived").GetProperty("value").GetDecimal(), Is.EqualTo(30m));
            Assert.That(after.GetProperty("standardsInDate").EnumerateArray().Select(s => s.GetProperty("key").GetString()), Does.Contain(r.Lab));
        });
    }

    [Test]
    public async Task A_county_laboratory_is_measured_against_the_county_targets_and_the_city_wide_ones_stay_with_the_citys_totals()
    {
        var county = await new ReceptionDesk(Admin).LaboratoryAsync("County");
        var manager = await Host.SignInNewUserInAsync(county, "QualityManager");

        var own = await Expect.JsonAsync(await manager.GetAsync($"/api/reports/kpi?year={Year}&laboratoryCode={county}"), 200);
        var cityManager = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("City"), "QualityManager");
        var city = await Expect.JsonAsync(await cityManager.GetAsync($"/api/reports/kpi?year={Year}"), 200);

        var standards = own.GetProperty("standardsInDate").EnumerateArray().Single().GetProperty("indicator");
        var countyInCity = city.GetProperty("standardsInDate").EnumerateArray().Single(g => g.GetProperty("key").GetString() == county).GetProperty("indicator");
        Assert.Multiple(() =>
        {
            Assert.That(own.GetProperty("laboratoryLevel").GetString(), Is.EqualTo("County"));
            Assert.That((standards.GetProperty("value").GetDecimal(), standards.GetProperty("target").GetDecimal(), standards.GetProperty("met").GetBoolean()), Is.EqualTo((0m, 15m, false)));
            Assert.That(own.GetProperty("coverageRate").GetProperty("target").GetDecimal(), Is.EqualTo(97m));
            Assert.That(own.GetProperty("passRate").GetProperty("target").GetDecimal(), Is.EqualTo(92m));
            foreach (var cityWide in new[] { "publicStandards", "feesWaived" })
            {
                Assert.That(own.GetProperty(cityWide).GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null), cityWide);
                Assert.That(own.GetProperty(cityWide).GetProperty("met").ValueKind, Is.EqualTo(JsonValueKind.Null), cityWide);
            }

            // The city's totals: the city-wide targets, unchanged; each laboratory against its own level's.
            Assert.That(city.GetProperty("laboratoryLevel").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(city.GetProperty("publicStandards").GetProperty("target").GetDecimal(), Is.EqualTo(200m));
            Assert.That(city.GetProperty("feesWaived").GetProperty("target").GetDecimal(), Is.EqualTo(20_000_000m));
            Assert.That(city.GetProperty("feesWaived").GetProperty("met").ValueKind, Is.EqualTo(JsonValueKind.False));
            Assert.That(city.GetProperty("coverageRate").GetProperty("target").GetDecimal(), Is.EqualTo(97m));
            Assert.That(countyInCity.GetProperty("target").GetDecimal(), Is.EqualTo(15m));
            Assert.That(city.GetProperty("standardsInDate").EnumerateArray().Where(g => g.GetProperty("key").GetString() != county).Select(g => g.GetProperty("indicator").GetProperty("target").GetDecimal()), Has.Some.EqualTo(150m));
        });
    }

    [Test]
    public async Task Coverage_counts_instruments_compulsory_by_type_and_use_and_an_initial_only_one_in_the_year_of_its_first_verification()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var market = r.Bench.Customer;
        var meter = StandardsData.Code("WM");
        await Expect.StatusAsync(await Admin.PostAsJsonAsync("/api/instrument-types", new
        {
            code = meter, name = "饮用冷水水表", procedureCode = WorkBench.Procedure, compulsory = true, compulsoryUses = new[] { "TradeSettlement" }, compulsoryVerification = "InitialOnly", intervalMonths = 72, fee = 15,
        }), 201);
        var cityBefore = await Expect.JsonAsync(await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}"), 200);

        // A scale in trade: compulsory, verified. The same type on a test bench: not compulsory (a verification, ¥30 charged).
        await r.VerifyAsync(market, await r.InstrumentAsync(market), pass: true);
        await r.VerifyAsync(market, await r.InstrumentAsync(market, usage: "Other"), pass: true);
        // Meters: first verified this year (counts, covered); first verified last year (not this year's);
        // handed in, not yet verified (no first verification: not counted).
        await r.VerifyAsync(market, await r.InstrumentAsync(market, meter), pass: true);
        await r.MoveCertificateAsync(await r.VerifyAsync(market, await r.InstrumentAsync(market, meter), pass: true), new DateOnly(Year - 1, 6, 30));
        await r.HandInAsync(market, await r.InstrumentAsync(market, meter));

        var kpi = await r.KpiAsync(Year);
        var cityAfter = await Expect.JsonAsync(await r.Bench.QualityManager.GetAsync($"/api/reports/kpi?year={Year}"), 200);

        Assert.Multiple(() =>
        {
            AssertRate(kpi.GetProperty("coverageRate"), 2, 2, 100m, 97m, true);
            Assert.That(Numerator(cityAfter, "coverageRate") - Numerator(cityBefore, "coverageRate"), Is.EqualTo(2), "city-wide covered");
            Assert.That(Denominator(cityAfter, "coverageRate") - Denominator(cityBefore, "coverageRate"), Is.EqualTo(2), "city-wide population");
            // Waived: the trade scale (¥30) and the three meters (¥15 each); the bench scale pays.
            Assert.That(kpi.GetProperty("feesWaived").GetProperty("value").GetDecimal(), Is.EqualTo(75m));
        });
    }

    [Test]
    public async Task A_revoked_certificate_and_an_amendment_do_not_count_twice()
    {
        var r = await ReportBench.ArrangeAsync(Host);
        var revoked = await r.VerifyAsync(r.Bench.Customer, await r.InstrumentAsync(r.Bench.Customer), pass: true);
        var amended = await r.VerifyAsync(r.Bench.Customer, await r.InstrumentAsync(r.Bench.Customer), pass: true);
        await r.Bench.RevokeAsync(revoked, "砝码超差");
        await r.Bench.AmendAsync(amended, "型号笔误", new { model = "ACS-30" });

        var kpi = await r.KpiAsync(Year);

        Assert.Multiple(() =>
        {
            // The revoked one is void: its instrument is not covered and it is not a certificate issued.
            AssertRate(kpi.GetProperty("coverageRate"), 1, 2, 50m, 97m, false);
            AssertRate(kpi.GetProperty("passRate"), 1, 1, 100m, 92m, true);
        });
    }

    [Test]
    public async Task The_report_needs_a_quality_manager_or_an_administrator()
    {
        var technician = await Host.SignInNewUserAsync("Technician");
        var reception = await Host.SignInNewUserAsync("Reception");
        var manager = await Host.SignInNewUserInAsync(await new ReceptionDesk(Admin).LaboratoryAsync("County"), "QualityManager");

        await Expect.ProblemAsync(await Host.Anonymous().GetAsync($"/api/reports/kpi?year={Year}"), 401, "unauthenticated");
        await Expect.ProblemAsync(await technician.GetAsync($"/api/reports/kpi?year={Year}"), 403, "forbidden");
        await Expect.ProblemAsync(await reception.GetAsync($"/api/reports/kpi?year={Year}"), 403, "forbidden");
        await Expect.StatusAsync(await manager.GetAsync($"/api/reports/kpi?year={Year}"), 200);
        await Expect.ProblemAsync(await Admin.GetAsync($"/api/reports/kpi?year={Year}"), 403, "no-laboratory");
    }

    [TestCase("", "year")]
    [TestCase("?year=1999", "year")]
    [TestCase("?year=3000", "year")]
    [TestCase("?year=2026&format=pdf", "format")]
    public async Task A_missing_or_out_of_range_year_or_an_unknown_format_is_400(string query, string field) =>
        await Expect.ValidationErrorsAsync(await Admin.GetAsync("/api/reports/kpi" + query), field);

    [Test]
    public async Task An_unknown_laboratory_is_404() =>
        await Expect.ProblemAsync(await Admin.GetAsync($"/api/reports/kpi?year={Year}&laboratoryCode=NOSUCHLAB"), 404, "not-found");

    private static void AssertRate(JsonElement rate, long numerator, long denominator, decimal value, decimal target, bool met)
    {
        Assert.That(rate.GetProperty("numerator").GetInt64(), Is.EqualTo(numerator), "numerator");
        Assert.That(rate.GetProperty("denominator").GetInt64(), Is.EqualTo(denominator), "denominator");
        Assert.That(rate.GetProperty("value").GetDecimal(), Is.EqualTo(value), "value");
        Assert.That(rate.GetProperty("unit").GetString(), Is.EqualTo("percent"));
        Assert.That(rate.GetProperty("target").GetDecimal(), Is.EqualTo(target), "target");
        Assert.That(rate.GetProperty("met").GetBoolean(), Is.EqualTo(met), "met");
    }

    private static void AssertGroups(JsonElement groups, params (string Key, long Numerator, long Denominator, decimal Value)[] expected)
    {
        var actual = groups.EnumerateArray().Select(g => (
            g.GetProperty("key").GetString()!,
            g.GetProperty("indicator").GetProperty("numerator").GetInt64(),
            g.GetProperty("indicator").GetProperty("denominator").GetInt64(),
            g.GetProperty("indicator").GetProperty("value").GetDecimal())).ToList();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    private static Dictionary<string, decimal> Kinds(JsonElement kpi) =>
        kpi.GetProperty("certificatesByKind").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("indicator").GetProperty("value").GetDecimal());

    private static Dictionary<string, decimal> Fees(JsonElement kpi) =>
        kpi.GetProperty("feesWaivedByDistrict").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("indicator").GetProperty("value").GetDecimal());

    private static long Numerator(JsonElement kpi, string indicator) => kpi.GetProperty(indicator).GetProperty("numerator").GetInt64();

    private static long Denominator(JsonElement kpi, string indicator) => kpi.GetProperty(indicator).GetProperty("denominator").GetInt64();
}
