using System.Text.Json;
using Lims.Api.Tests.Support;
using Lims.Domain.Auditing;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Audit;

/// <summary>
/// A save's audit lines go to the database with its changes, in one transaction: the change and its
/// lines are stored together or not at all, whichever way the save is called.
/// </summary>
public sealed class AuditLineWritingTests(string database) : ApiTest(database)
{
    [TestCase(true, TestName = "A save outside a transaction stores the change and its audit line, and accepts the change")]
    [TestCase(false, TestName = "A synchronous save outside a transaction stores the change and its audit line, and accepts the change")]
    public async Task Save_outside_a_transaction(bool asynchronously)
    {
        var code = UniqueCode("A");
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var laboratory = new Laboratory(code, "台山市计量所", LaboratoryLevel.County, "", "台山");
            db.Laboratories.Add(laboratory);
            _ = asynchronously ? await db.SaveChangesAsync() : db.SaveChanges();
            Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Unchanged));

            laboratory.Update("台山市质量计量监督检测所", LaboratoryLevel.County, "", "台山");
            _ = asynchronously ? await db.SaveChangesAsync() : db.SaveChanges();
        }

        var lines = await LinesAsync(nameof(Laboratory), code);
        Assert.That(lines.Select(l => l.Action), Is.EqualTo(new[] { AuditAction.Insert, AuditAction.Update }));
        var inserted = JsonDocument.Parse(lines[0].Changes).RootElement;
        var updated = JsonDocument.Parse(lines[1].Changes).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].At, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(inserted.GetProperty("code").GetProperty("before").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(inserted.GetProperty("code").GetProperty("after").GetString(), Is.EqualTo(code));
            Assert.That(inserted.GetProperty("level").GetProperty("after").GetString(), Is.EqualTo("County"));
            Assert.That(inserted.GetProperty("version").GetProperty("after").GetInt32(), Is.EqualTo(1));
            Assert.That(inserted.GetProperty("id").GetProperty("after").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            Assert.That(updated.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "name", "version" }), "an update records only what changed");
            Assert.That(updated.GetProperty("name").GetProperty("before").GetString(), Is.EqualTo("台山市计量所"));
            Assert.That(updated.GetProperty("name").GetProperty("after").GetString(), Is.EqualTo("台山市质量计量监督检测所"));
            Assert.That(updated.GetProperty("version").GetProperty("after").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Many_lines_of_one_save_are_all_stored_in_the_order_they_were_made()
    {
        var prefix = UniqueCode("M")[..8];
        const int count = 300; // past 255 lines, past EF's batches
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            for (var i = 0; i < count; i++)
            {
                db.Laboratories.Add(new Laboratory($"{prefix}{i:D3}", $"实验室 {i}", LaboratoryLevel.County, "", ""));
            }

            await db.SaveChangesAsync();
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var keys = await read.ServiceProvider.GetRequiredService<LimsDbContext>().AuditTrail
            .Where(a => a.Entity == nameof(Laboratory) && a.Key.StartsWith(prefix)).OrderBy(a => a.Id).Select(a => a.Key).ToListAsync();
        Assert.That(keys, Is.EqualTo(Enumerable.Range(0, count).Select(i => $"{prefix}{i:D3}")));
    }

    [Test]
    public async Task An_audit_line_the_database_refuses_leaves_the_change_unsaved()
    {
        if (Database == TestDatabases.Sqlite)
        {
            Assert.Ignore("SQLite does not enforce column lengths; a refused audit line needs a database that does.");
        }

        var code = UniqueCode("R");
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var laboratory = new Laboratory(code, "开平市计量所", LaboratoryLevel.County, "", "开平");
            db.Laboratories.Add(laboratory);
            db.AttributeTo(laboratory, new string('x', 65), null); // the trail's user column holds 64 characters
            Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Added));
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = await read.ServiceProvider.GetRequiredService<LimsDbContext>().Laboratories.AnyAsync(l => l.Code == code);
        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.False);
            Assert.That(await LinesAsync(nameof(Laboratory), code), Is.Empty);
        });
    }

    private async Task<List<AuditEntry>> LinesAsync(string entity, string key)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LimsDbContext>().AuditTrail
            .Where(a => a.Entity == entity && a.Key == key).OrderBy(a => a.Id).ToListAsync();
    }
}
