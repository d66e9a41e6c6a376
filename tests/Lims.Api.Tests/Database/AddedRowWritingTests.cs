using Lims.Api.Tests.Support;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Database;

/// <summary>
/// A save's new records are written by multi-row inserts after EF's part of the save, in its
/// transaction (<see cref="AddedRows"/>): principals first, all or nothing, and EF keeps the ones
/// that something it writes refers to.
/// </summary>
public sealed class AddedRowWritingTests(string database) : ApiTest(database)
{
    [Test]
    public async Task New_records_are_written_principals_first_more_than_a_statement_holds_with_their_audit_lines()
    {
        var procedureCode = UniqueCode("JJG");
        int count, saved;
        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
            var procedure = new Procedure(procedureCode, "非自动衡器", ProcedureKind.VerificationRegulation);
            var table = PlainTable.Of(db.Model.FindEntityType(typeof(InstrumentType))!, db.GetService<ISqlGenerationHelper>())!;
            count = table.Insert.RowsPerStatement + 2;
            // The types first, their procedure last: the order of writing is the references', not the adding's.
            var types = Enumerable.Range(0, count).Select(i => new InstrumentType($"{procedureCode}-{i:D3}", $"电子秤 {i}", procedure, true, 12, 30m)).ToList();
            db.InstrumentTypes.AddRange(types);
            db.Procedures.Add(procedure);
            saved = await db.SaveChangesAsync();
            Assert.Multiple(() =>
            {
                Assert.That(saved, Is.EqualTo(count + 1), "SaveChanges counts the records written after EF's part");
                Assert.That(types.Select(t => db.Entry(t).State).Distinct(), Is.EqualTo(new[] { EntityState.Unchanged }));
                Assert.That(db.Entry(procedure).State, Is.EqualTo(EntityState.Unchanged));
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
    public async Task A_new_record_that_a_changed_one_may_refer_to_is_left_to_EF()
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var existing = new Procedure(UniqueCode("JJG"), "弹簧度盘秤", ProcedureKind.VerificationRegulation);
        var type = new InstrumentType(UniqueCode("T"), "度盘秤", existing, true, 12, 20m);
        db.AddRange(existing, type);
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var newProcedure = new Procedure(UniqueCode("JJG"), "电子计价秤", ProcedureKind.VerificationRegulation);
        var laboratory = new Laboratory(UniqueCode("L"), "鹤山市计量所", LaboratoryLevel.County, "", "鹤山");
        db.AddRange(newProcedure, laboratory);
        type.Update("度盘秤", newProcedure, CompulsoryScope.ForAllLegalUses(CompulsoryVerification.Periodic), 12, 20m); // a changed type: EF writes it, so EF writes what it may refer to
        db.ChangeTracker.DetectChanges();

        var taken = AddedRows.TakeFrom(db, [.. db.ChangeTracker.Entries()]);
        Assert.Multiple(() =>
        {
            Assert.That(taken?.Count, Is.EqualTo(1));
            Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Unchanged), "taken out of EF's part");
            Assert.That(db.Entry(newProcedure).State, Is.EqualTo(EntityState.Added), "left to EF");
        });
        taken!.PutBack();
        Assert.That(db.Entry(laboratory).State, Is.EqualTo(EntityState.Added));
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
            });
        }

        await using var read = Host.Factory.Services.CreateAsyncScope();
        var stored = read.ServiceProvider.GetRequiredService<LimsDbContext>();
        Assert.Multiple(async () =>
        {
            Assert.That(await stored.Laboratories.CountAsync(l => l.Code == fresh || l.Code == taken), Is.EqualTo(1));
            Assert.That(await stored.AuditTrail.CountAsync(a => a.Entity == nameof(Laboratory) && a.Key == fresh), Is.Zero);
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
}
