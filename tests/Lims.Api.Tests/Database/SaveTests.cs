using Lims.Api.Tests.Support;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Database;

/// <summary>
/// A save is EF's own, with the version stamp and the audit trail added to it: new records written
/// principals first with their audit lines, changed records checked against their version as read,
/// all or nothing, and the records left as EF leaves them. The count is of the records saved, not
/// of their audit lines.
/// </summary>
public sealed class SaveTests(string database) : ApiTest(database)
{
    [Test]
    public async Task New_records_are_written_principals_first_with_their_audit_lines()
    {
        var procedureCode = UniqueCode("JJG");
        const int count = 120;
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var procedure = new Procedure(procedureCode, "非自动衡器", ProcedureKind.VerificationRegulation);
            // The types first, their procedure last: the order of writing is the references', not the adding's.
            var types = Enumerable.Range(0, count).Select(i => new InstrumentType($"{procedureCode}-{i:D3}", $"电子秤 {i}", procedure, true, 12, 30m)).ToList();
            db.InstrumentTypes.AddRange(types);
            db.Procedures.Add(procedure);
            var saved = await db.SaveChangesAsync();
            Assert.Multiple(() =>
            {
                Assert.That(saved, Is.EqualTo(count + 1), "the records saved, not their audit lines");
                Assert.That(types.Select(t => db.Entry(t).State).Distinct(), Is.EqualTo(new[] { EntityState.Unchanged }));
                Assert.That(db.Entry(procedure).State, Is.EqualTo(EntityState.Unchanged));
                Assert.That(db.ChangeTracker.Entries<Domain.Auditing.AuditEntry>(), Is.Empty, "audit lines are not kept in the context");
            });
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = read.ServiceProvider.GetRequiredService<LimsDbContext>();
        var storedTypes = await stored.InstrumentTypes.Where(t => t.ProcedureCode == procedureCode).OrderBy(t => t.Code).ToListAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(storedTypes.Select(t => t.Code), Is.EqualTo(Enumerable.Range(0, count).Select(i => $"{procedureCode}-{i:D3}")));
            Assert.That(storedTypes.Select(t => (t.Fee, t.IntervalMonths, t.Compulsory, t.Version)).Distinct(), Is.EqualTo(new[] { (30m, 12, true, 1) }));
            Assert.That(await stored.Procedures.CountAsync(p => p.Code == procedureCode), Is.EqualTo(1));
            Assert.That(await stored.AuditTrail.CountAsync(a => a.Entity == nameof(InstrumentType) && a.Key.StartsWith(procedureCode)), Is.EqualTo(count));
        });
    }

    [Test]
    public async Task A_refused_record_saves_nothing_and_leaves_the_records_new()
    {
        var taken = UniqueCode("L");
        var fresh = UniqueCode("L");
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            db.Laboratories.Add(new Laboratory(taken, "江门市计量所", LaboratoryLevel.City, "", "江门"));
            await db.SaveChangesAsync();
        }

        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var first = new Laboratory(fresh, "恩平市计量所", LaboratoryLevel.County, "", "恩平");
            var duplicate = new Laboratory(taken, "江门市计量所", LaboratoryLevel.City, "", "江门");
            db.Laboratories.AddRange(first, duplicate);
            var refused = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Multiple(() =>
            {
                Assert.That(db.IsUniqueViolation(refused!), Is.True, "a duplicate is reported as one, for a 409");
                Assert.That(db.Entry(first).State, Is.EqualTo(EntityState.Added));
                Assert.That(db.Entry(duplicate).State, Is.EqualTo(EntityState.Added));
                Assert.That(db.ChangeTracker.Entries<Domain.Auditing.AuditEntry>(), Is.Empty, "the failed save's audit lines are gone with it");
            });

            // The duplicate given up, the save goes through with one audit line for the rest.
            db.Entry(duplicate).State = EntityState.Detached;
            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = read.ServiceProvider.GetRequiredService<LimsDbContext>();
        Assert.Multiple(async () =>
        {
            Assert.That(await stored.Laboratories.CountAsync(l => l.Code == fresh || l.Code == taken), Is.EqualTo(2));
            Assert.That(await stored.AuditTrail.CountAsync(a => a.Entity == nameof(Laboratory) && a.Key == fresh), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_save_that_keeps_its_changes_unaccepted_leaves_the_records_added()
    {
        var code = UniqueCode("L");
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var laboratory = new Laboratory(code, "新会区计量所", LaboratoryLevel.County, "", "新会");
            db.Laboratories.Add(laboratory);
            Assert.That(await db.SaveChangesAsync(acceptAllChangesOnSuccess: false), Is.EqualTo(1));
            Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Added), "as EF leaves them until AcceptAllChanges");
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        Assert.That(await read.ServiceProvider.GetRequiredService<LimsDbContext>().Laboratories.CountAsync(l => l.Code == code), Is.EqualTo(1));
    }

    [Test]
    public async Task Changed_records_are_updated_with_their_new_version_and_audit_lines_and_can_be_changed_again()
    {
        var codes = new[] { UniqueCode("L"), UniqueCode("L") };
        await AddLaboratoriesAsync(codes);

        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var laboratories = await db.Laboratories.Where(l => codes.Contains(l.Code)).OrderBy(l => l.Code == codes[0] ? 0 : 1).ToListAsync();
            var added = new Laboratory(UniqueCode("L"), "台山市计量所", LaboratoryLevel.County, "", "台山");
            db.Laboratories.Add(added);
            foreach (var laboratory in laboratories)
            {
                laboratory.Update("开平市计量所", LaboratoryLevel.County, "CNAS L1234", "开平");
            }

            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(3));
            Assert.Multiple(() =>
            {
                Assert.That(laboratories.Select(l => db.Entry(l).State).Distinct(), Is.EqualTo(new[] { EntityState.Unchanged }));
                Assert.That(laboratories.Select(l => db.Entry(l).Property(x => x.Version).OriginalValue).Distinct(), Is.EqualTo(new[] { 2 }),
                    "the values as saved are the ones read now, as EF leaves them");
            });

            // Changed again in the same context: checked against the version just saved.
            laboratories[0].Update("开平市计量检测所", LaboratoryLevel.County, "CNAS L1234", "开平");
            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(1));
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = read.ServiceProvider.GetRequiredService<LimsDbContext>();
        var storedLaboratories = await stored.Laboratories.Where(l => codes.Contains(l.Code)).ToDictionaryAsync(l => l.Code);
        Assert.Multiple(async () =>
        {
            Assert.That((storedLaboratories[codes[0]].Name, storedLaboratories[codes[0]].AccreditationNo, storedLaboratories[codes[0]].Version), Is.EqualTo(("开平市计量检测所", "CNAS L1234", 3)));
            Assert.That((storedLaboratories[codes[1]].Name, storedLaboratories[codes[1]].Address, storedLaboratories[codes[1]].Version), Is.EqualTo(("开平市计量所", "开平", 2)));
            Assert.That(await stored.AuditTrail.CountAsync(a => a.Entity == nameof(Laboratory) && a.Key == codes[0]), Is.EqualTo(3), "added, changed, changed");
        });
    }

    [Test]
    public async Task A_record_changed_by_someone_else_meanwhile_fails_the_whole_save_and_stays_changed()
    {
        var code = UniqueCode("L");
        var other = UniqueCode("L");
        await AddLaboratoriesAsync([code, other]);

        await using var mine = Host.Factory.Services.CreateAsyncScope();
        var db = mine.ServiceProvider.GetRequiredService<LimsDbContext>();
        var laboratories = await db.Laboratories.Where(l => l.Code == code || l.Code == other).ToDictionaryAsync(l => l.Code);

        await using (var theirs = Host.Factory.Services.CreateAsyncScope())
        {
            var theirDb = theirs.ServiceProvider.GetRequiredService<LimsDbContext>();
            (await theirDb.Laboratories.SingleAsync(l => l.Code == code)).Update("他们改的", LaboratoryLevel.City, "", "江门");
            await theirDb.SaveChangesAsync();
        }

        var added = new Laboratory(UniqueCode("L"), "新会区计量所", LaboratoryLevel.County, "", "新会");
        db.Laboratories.Add(added);
        laboratories[other].Update("我改的", LaboratoryLevel.County, "", "恩平");
        laboratories[code].Update("我改的", LaboratoryLevel.County, "", "恩平");
        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(), "the 409 stale-version");
        Assert.Multiple(() =>
        {
            var entry = db.Entry(laboratories[code]);
            Assert.That(entry.State, Is.EqualTo(EntityState.Modified));
            Assert.That(entry.Property(l => l.Version).OriginalValue, Is.EqualTo(1), "the version as read, as EF leaves it");
            Assert.That(entry.Property(l => l.Name).IsModified, Is.True);
            Assert.That(db.Entry(laboratories[other]).State, Is.EqualTo(EntityState.Modified));
            Assert.That(db.Entry(added).State, Is.EqualTo(EntityState.Added));
        });

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = read.ServiceProvider.GetRequiredService<LimsDbContext>();
        var storedLaboratories = await stored.Laboratories.Where(l => l.Code == code || l.Code == other || l.Code == added.Code).ToDictionaryAsync(l => l.Code);
        Assert.Multiple(async () =>
        {
            Assert.That((storedLaboratories[code].Name, storedLaboratories[code].Version), Is.EqualTo(("他们改的", 2)));
            Assert.That((storedLaboratories[other].Name, storedLaboratories[other].Version), Is.EqualTo(("江门市计量所", 1)), "nothing of the failed save");
            Assert.That(storedLaboratories.ContainsKey(added.Code), Is.False);
            Assert.That(await stored.AuditTrail.CountAsync(a => a.Entity == nameof(Laboratory) && a.Key == other), Is.EqualTo(1), "only its insert");
        });
    }

    private async Task AddLaboratoriesAsync(IEnumerable<string> codes)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        db.Laboratories.AddRange(codes.Select(c => new Laboratory(c, "江门市计量所", LaboratoryLevel.City, "", "江门")));
        await db.SaveChangesAsync();
    }
}
