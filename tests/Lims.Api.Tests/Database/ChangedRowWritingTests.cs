using Lims.Api.Tests.Support;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Database;

/// <summary>
/// A save's changed records are updated after EF's part of the save, in its transaction and its one
/// batch of statements (<see cref="ChangedRows"/>): each checked against its version as read, all or
/// nothing, left as EF leaves them, and left to EF when a key, foreign key or unique value changes.
/// </summary>
public sealed class ChangedRowWritingTests(string database) : ApiTest(database)
{
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

            Assert.That(await db.SaveChangesAsync(), Is.EqualTo(3), "SaveChanges counts the records updated after EF's part");
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

    [Test]
    public async Task A_change_of_a_foreign_key_is_left_to_EF_and_a_taken_change_can_be_put_back()
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var procedure = new Procedure(UniqueCode("JJG"), "弹簧度盘秤", ProcedureKind.VerificationRegulation);
        var otherProcedure = new Procedure(UniqueCode("JJG"), "电子计价秤", ProcedureKind.VerificationRegulation);
        var type = new InstrumentType(UniqueCode("T"), "度盘秤", procedure, true, 12, 20m);
        var laboratory = new Laboratory(UniqueCode("L"), "鹤山市计量所", LaboratoryLevel.County, "", "鹤山");
        db.AddRange(procedure, otherProcedure, type, laboratory);
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        type.Update("度盘秤", otherProcedure, CompulsoryScope.ForAllLegalUses(CompulsoryVerification.Periodic), 12, 20m); // its procedure: a foreign key
        laboratory.Update("鹤山市计量检测所", LaboratoryLevel.County, "", "鹤山");
        db.ChangeTracker.DetectChanges();

        var taken = ChangedRows.TakeFrom(db, [.. db.ChangeTracker.Entries()]);
        Assert.Multiple(() =>
        {
            Assert.That(taken?.Count, Is.EqualTo(1));
            Assert.That(db.Entry(type).State, Is.EqualTo(EntityState.Modified), "left to EF");
            Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Unchanged), "taken out of EF's part");
        });

        taken!.PutBack();
        var entry = db.Entry(laboratory);
        Assert.Multiple(() =>
        {
            Assert.That(entry.State, Is.EqualTo(EntityState.Modified));
            Assert.That(entry.Property(l => l.Name).OriginalValue, Is.EqualTo("鹤山市计量所"));
            Assert.That(entry.Property(l => l.Name).IsModified, Is.True);
            Assert.That(entry.Property(l => l.Level).IsModified, Is.False, "only what was changed");
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
