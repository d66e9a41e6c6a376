using Lims.Application.Abstractions;
using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Intake;

/// <summary>
/// What a batch of submissions refers to, read with one query per table: the laboratories that
/// exist (only those not found before, <see cref="KnownLaboratories"/>), the customers that exist
/// (only when no instrument read proves it), and each instrument (tracked: it is marked as at the
/// laboratory) with its type and procedure.
/// </summary>
internal sealed class IntakeLookup
{
    private IntakeLookup(HashSet<Guid> customers, HashSet<string> laboratories, Dictionary<Guid, InstrumentToTakeIn> instruments)
    {
        Customers = customers;
        Laboratories = laboratories;
        Instruments = instruments;
    }

    public HashSet<Guid> Customers { get; }

    public HashSet<string> Laboratories { get; }

    public Dictionary<Guid, InstrumentToTakeIn> Instruments { get; }

    public static async Task<IntakeLookup> LoadAsync(ILimsDb db, KnownLaboratories known, IReadOnlyList<SubmissionRequest> requests, CancellationToken ct)
    {
        var customerIds = requests.Select(r => r.CustomerId!.Value).Distinct().ToList();
        var laboratoryCodes = requests.Select(r => r.LaboratoryCode!).Distinct().ToList();
        var instrumentIds = requests.SelectMany(r => r.Items!).Select(i => i.InstrumentId!.Value).Distinct().ToList();
        var laboratories = await known.ExistingAsync(db, laboratoryCodes, ct);
        // The joined sets as locals: EF then reads them from the closure instead of compiling a
        // delegate on every execution to evaluate db.InstrumentTypes inside the query.
        var types = db.InstrumentTypes;
        var procedures = db.Procedures;
        var instruments = await (
                from i in db.Instruments
                where instrumentIds.Contains(i.Id)
                join t in types on i.TypeCode equals t.Code
                join p in procedures on t.ProcedureCode equals p.Code
                select new InstrumentToTakeIn(i, t, p))
            .ToDictionaryAsync(x => x.Instrument.Id, ct);
        // An instrument's customer exists (its foreign key, and a customer with instruments cannot
        // be deleted): only the customers no instrument read here belongs to are looked up, which
        // in a batch of customers handing in their own instruments is none, a round trip saved.
        var customers = instruments.Values.Select(x => x.Instrument.CustomerId).Where(customerIds.Contains).ToHashSet();
        var unproven = customerIds.Where(id => !customers.Contains(id)).ToList();
        if (unproven.Count > 0)
        {
            customers.UnionWith(await db.Customers.Where(c => unproven.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct));
        }

        return new IntakeLookup(customers, laboratories, instruments);
    }

    /// <summary>Refuses the request (422) when it names what does not exist or breaks a rule of taking in; changes nothing.</summary>
    public void Check(SubmissionRequest request)
    {
        var customerId = request.CustomerId!.Value;
        if (!Customers.Contains(customerId))
        {
            throw new DomainRuleException("unknown-customer", $"There is no customer {customerId}.");
        }

        if (!Laboratories.Contains(request.LaboratoryCode!))
        {
            throw new DomainRuleException("unknown-laboratory", $"There is no laboratory '{request.LaboratoryCode}'.");
        }

        var missing = request.Items!.Select(i => i.InstrumentId!.Value).Where(id => !Instruments.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException("unknown-instrument", $"There is no instrument {string.Join(", ", missing)}. Register it first.");
        }

        foreach (var item in request.Items!)
        {
            var (instrument, type, procedure) = Instruments[item.InstrumentId!.Value];
            Submission.CheckTakeIn(customerId, instrument, type, procedure, item.Service!.Value);
        }
    }
}

internal sealed record InstrumentToTakeIn(Instrument Instrument, InstrumentType Type, Procedure Procedure);
