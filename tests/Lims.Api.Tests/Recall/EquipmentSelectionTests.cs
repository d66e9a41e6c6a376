using System.Net.Http.Json;
using Lims.Api.Tests.Standards;
using Lims.Api.Tests.Support;
using Lims.Application.Abstractions;
using Lims.Application.Features.Recall;
using Lims.Domain.Notifications;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lims.Api.Tests.Recall;

/// <summary>
/// The equipment steps select in SQL (<see cref="IReminderInserts"/>, the reminders) and the expired
/// step then takes the pieces out through <see cref="EquipmentDueQuery"/> (LINQ): both must pick the
/// same equipment, by the latest calibration (calibrated last; on the same day, the longer valid).
/// Each case below is one piece of equipment; the test runs both selections over all of them.
/// </summary>
public sealed class EquipmentSelectionTests(string database) : ApiTest(database)
{
    private enum Selected
    {
        Neither,
        Due,
        Expired,
    }

    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task The_sql_steps_select_the_same_equipment_as_EquipmentDueQuery()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var cases = Cases();
        var assetNos = new Dictionary<string, Case>();
        foreach (var c in cases)
        {
            assetNos[await ArrangeAsync(data, c)] = c;
        }

        var (queryDue, queryExpired) = await QueryAsync(assetNos.Keys);
        var (sqlDue, sqlExpired) = await SqlAsync(assetNos.Keys);
        var nextDue = new Dictionary<string, string?>();
        foreach (var assetNo in assetNos.Keys)
        {
            var piece = await Expect.JsonAsync(await data.Quality.GetAsync($"/api/equipment/{assetNo}"), 200);
            nextDue[assetNo] = piece.GetProperty("nextDue").GetString();
        }

        Assert.Multiple(() =>
        {
            Assert.That(sqlDue, Is.EquivalentTo(queryDue), "due: the SQL step and EquipmentDueQuery");
            Assert.That(sqlExpired, Is.EquivalentTo(queryExpired), "expired: the SQL step and EquipmentDueQuery");
            foreach (var (assetNo, c) in assetNos)
            {
                var selected = sqlExpired.Contains(assetNo) ? Selected.Expired : sqlDue.Contains(assetNo) ? Selected.Due : Selected.Neither;
                Assert.That(selected, Is.EqualTo(c.Expected), c.Name);
                Assert.That(nextDue[assetNo], Is.EqualTo(c.LatestValidUntil), c.Name + ": the domain's next due date (Equipment.NextDue)");
            }
        });
    }

    /// <summary>One piece of equipment: its calibrations in the order recorded (calibrated on, valid until, as days from today), how it was taken out, what the steps should select.</summary>
    private sealed record Case(string Name, (int On, int Until)[] Calibrations, Selected Expected, string? TakenOut = null, bool OutOfTolerance = false)
    {
        /// <summary>The latest calibration's valid-until as the API writes it: calibrated last, on the same day the longer valid.</summary>
        public string? LatestValidUntil => Calibrations.Length == 0 ? null : StandardsData.Iso(Today.AddDays(Calibrations.Max().Until));
    }

    private static List<Case> Cases() =>
    [
        new("one calibration, expired yesterday", [(-366, -1)], Selected.Expired),
        new("one calibration, valid until today: still valid, due", [(-365, 0)], Selected.Due),
        new("due on the last day of the reminder window", [(-335, 30)], Selected.Due),
        new("due a day after the reminder window", [(-334, 31)], Selected.Neither),
        new("several calibrations, the latest expired, an older one valid longer", [(-1000, 400), (-366, -1)], Selected.Expired),
        new("several calibrations, the latest valid, older ones expired", [(-1100, -730), (-730, -366), (-200, 165)], Selected.Neither),
        new("several calibrations, the latest due in the window, an older one expired", [(-700, -335), (-340, 25)], Selected.Due),
        new("the latest valid and not due, an older one due in the window", [(-700, 10), (-30, 335)], Selected.Neither),
        new("an older calibration recorded after the latest: the latest expired", [(-366, -1), (-800, 200)], Selected.Expired),
        new("same-day tie, the longer valid recorded second", [(-365, -1), (-365, 10)], Selected.Due),
        new("same-day tie, the longer valid recorded first", [(-365, 10), (-365, -1)], Selected.Due),
        new("same-day tie, both expired", [(-400, -20), (-400, -2)], Selected.Expired),
        new("out of service already (repair), expired", [(-366, -1)], Selected.Neither, TakenOut: "送修"),
        new("out of service already (repair), due", [(-355, 10)], Selected.Neither, TakenOut: "送修"),
        new("retired, expired", [(-800, -400)], Selected.Neither, TakenOut: "报废"),
        new("out of tolerance, expired", [(-366, -1)], Selected.Neither, OutOfTolerance: true),
        new("no calibration at all", [], Selected.Neither),
    ];

    private async Task<string> ArrangeAsync(StandardsData data, Case c)
    {
        var assetNo = await data.WeightSetAsync();
        foreach (var (on, until) in c.Calibrations)
        {
            await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddDays(on), Today.AddDays(until)), 201);
        }

        if (c.OutOfTolerance)
        {
            await Expect.StatusAsync(await data.Quality.PostAsJsonAsync($"/api/equipment/{assetNo}/out-of-tolerance", new { foundOn = StandardsData.Iso(Today), reason = "期间核查超差" }), 200);
        }

        if (c.TakenOut is { } reason)
        {
            await Host.TakeOutOfServiceAsync(assetNo, Today.AddDays(-3), reason);
        }

        return assetNo;
    }

    /// <summary>What <see cref="EquipmentDueQuery"/> selects with each step's condition (see <see cref="EquipmentDueStep"/> and <see cref="EquipmentExpiredStep"/>).</summary>
    private async Task<(List<string> Due, List<string> Expired)> QueryAsync(IEnumerable<string> assetNos)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var horizon = Today.AddDays(scope.ServiceProvider.GetRequiredService<IOptions<RecallOptions>>().Value.EquipmentReminderDays);
        var mine = assetNos.ToList();
        var rows = await EquipmentDueQuery.InService(db).Where(e => mine.Contains(e.AssetNo)).Select(e => new { e.AssetNo, e.DueOn }).ToListAsync();
        return ([.. rows.Where(r => r.DueOn >= Today && r.DueOn <= horizon).Select(r => r.AssetNo)], [.. rows.Where(r => r.DueOn < Today).Select(r => r.AssetNo)]);
    }

    /// <summary>The equipment the two SQL statements write reminders for (the reminders name the asset number).</summary>
    private async Task<(List<string> Due, List<string> Expired)> SqlAsync(IEnumerable<string> assetNos)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<RecallOptions>>().Value;
        var inserts = scope.ServiceProvider.GetRequiredService<IReminderInserts>();
        var scan = new RecallScanContext(Today, DateTimeOffset.UtcNow, options.ReminderDays, options.BatchSize);
        await inserts.EquipmentDueAsync(scan, Today.AddDays(options.EquipmentReminderDays), CancellationToken.None);
        await inserts.EquipmentExpiredAsync(scan, CancellationToken.None);

        var mine = assetNos.ToList();
        var reminders = await scope.ServiceProvider.GetRequiredService<LimsDbContext>().Notifications.AsNoTracking()
            .Where(n => mine.Contains(n.SubjectKey) && (n.Kind == NotificationKind.EquipmentCalibrationDue || n.Kind == NotificationKind.EquipmentCalibrationExpired))
            .Select(n => new { n.SubjectKey, n.Kind })
            .ToListAsync();
        return ([.. reminders.Where(r => r.Kind == NotificationKind.EquipmentCalibrationDue).Select(r => r.SubjectKey)],
            [.. reminders.Where(r => r.Kind == NotificationKind.EquipmentCalibrationExpired).Select(r => r.SubjectKey)]);
    }
}
