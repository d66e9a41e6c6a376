using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Instruments;

/// <summary>
/// The rules of registering instruments, once their requests are valid, for one instrument (the
/// form, <see cref="InstrumentHandler"/>) or thousands (an import): the customer and the type exist,
/// no instrument of the same type, manufacturer and serial number is registered or earlier in the
/// batch, and the domain's own rules, its last verification from before Lims included (rule 15).
/// The database is read a few times per batch, never once per instrument.
/// </summary>
public sealed class InstrumentRegistration(ILimsDb db, TimeProvider clock)
{
    /// <summary>
    /// Checks valid requests. <paramref name="earlier"/> holds the instruments taken earlier in the
    /// same work (an import's earlier rows), and the accepted ones are added to it.
    /// </summary>
    public async Task<IReadOnlyList<NewInstrument>> CheckAsync(IReadOnlyList<InstrumentRequest> requests, InstrumentKeys? earlier, CancellationToken ct)
    {
        var customerIds = requests.Select(r => r.CustomerId!.Value).Distinct().ToList();
        var customers = (await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var typeCodes = requests.Select(r => r.TypeCode!).Distinct().ToList();
        var types = await db.InstrumentTypes.AsNoTracking().Where(t => typeCodes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, ct);
        var serials = requests.Select(r => Identifiers.Normalize(r.SerialNumber!)).Distinct().ToList();
        var registered = (await db.Instruments.AsNoTracking().Where(i => serials.Contains(i.SerialNumber))
                .Select(i => new { i.TypeCode, i.Manufacturer, i.SerialNumber, i.CustomerId }).ToListAsync(ct))
            .ToDictionary(i => new InstrumentKey(i.TypeCode, i.Manufacturer, i.SerialNumber), i => i.CustomerId);
        var taken = earlier ?? new InstrumentKeys();
        var today = clock.Today();
        return [.. requests.Select(request => Check(request, customers, types, registered, taken, today))];
    }

    /// <summary>Adds a checked instrument, and its verification from before Lims, to the next save.</summary>
    public void Add(NewInstrument checkedInstrument)
    {
        db.Instruments.Add(checkedInstrument.Accepted);
        if (checkedInstrument.Prior is { } prior)
        {
            db.PriorVerifications.Add(prior);
        }
    }

    private static NewInstrument Check(InstrumentRequest request, HashSet<Guid> customers, Dictionary<string, InstrumentType> types,
        Dictionary<InstrumentKey, Guid> registered, InstrumentKeys taken, DateOnly today)
    {
        try
        {
            if (!customers.Contains(request.CustomerId!.Value))
            {
                throw new DomainRuleException("unknown-customer", $"There is no customer {request.CustomerId}.");
            }

            var type = types.GetValueOrDefault(request.TypeCode!)
                ?? throw new DomainRuleException("unknown-instrument-type", $"There is no instrument type '{request.TypeCode}'.");
            var manufacturer = Identifiers.Normalize(request.Manufacturer!);
            var serial = Identifiers.Normalize(request.SerialNumber!);
            var key = new InstrumentKey(type.Code, manufacturer, serial);
            if (registered.TryGetValue(key, out var owner))
            {
                return new NewInstrument(null, null, Duplicate(type, manufacturer, serial, "is already registered"), owner);
            }

            if (!taken.Add(key))
            {
                return new NewInstrument(null, null, Duplicate(type, manufacturer, serial, "is given twice"), null);
            }

            var instrument = new Instrument(request.CustomerId!.Value, type, manufacturer, request.Model!.Trim(), serial, request.Range!.Trim(),
                request.AccuracyClass?.Trim() ?? "", request.Usage!.Value, request.Location?.Trim() ?? "");
            var prior = request.LastVerification is { } last
                ? instrument.RecordPriorVerification(last.CertificateNo!.Trim(), last.IssuedBy!.Trim(), last.PerformedOn!.Value, last.Conclusion!.Value, type, today)
                : null;
            return new NewInstrument(instrument, prior, null, null);
        }
        catch (DomainRuleException refusal)
        {
            return new NewInstrument(null, null, refusal, null);
        }
    }

    private static ConflictException Duplicate(InstrumentType type, string manufacturer, string serial, string how) =>
        new("duplicate-instrument", $"A {type.Name} by {manufacturer} with serial number {serial} {how}.");
}

/// <summary>What identifies an instrument: its type, manufacturer and serial number.</summary>
public readonly record struct InstrumentKey(string TypeCode, string Manufacturer, string SerialNumber);

/// <summary>The instruments taken so far in one piece of work (an import's rows).</summary>
public sealed class InstrumentKeys
{
    private readonly HashSet<InstrumentKey> _keys = [];

    public bool Add(InstrumentKey key) => _keys.Add(key);
}

/// <summary>
/// A checked instrument: the new instrument (with its verification from before Lims), or why it
/// is refused. <c>RegisteredTo</c>: the customer of the instrument already registered with the same
/// type, manufacturer and serial number, when that is the refusal.
/// </summary>
public sealed record NewInstrument(Instrument? Instrument, PriorVerification? Prior, Exception? Refusal, Guid? RegisteredTo)
{
    /// <summary>The instrument, or the refusal thrown as the form answers it (422 or 409).</summary>
    public Instrument Accepted => Refusal is null ? Instrument! : throw Refusal;
}
