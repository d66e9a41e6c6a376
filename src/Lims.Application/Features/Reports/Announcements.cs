using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Certificates;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Reports;

public sealed record AnnouncementQuery(Guid? CustomerId);

/// <summary>
/// 强制检定结果公示 for one site: its name (the name on its business licence, posted at the site
/// anyway) and nothing else about the customer — no credit code, contact, phone or address.
/// </summary>
public sealed record PublicAnnouncement(string Site, DateOnly AsOf, IReadOnlyList<AnnouncedInstrument> Instruments);

/// <summary>
/// An active instrument under compulsory verification (by its type and its use, rule 16), how
/// (<c>Periodic</c> or <c>InitialOnly</c>), and its latest verification (current certificate or result
/// notice). Status: <c>Valid</c>, <c>Expired</c> (certificate past valid-until: for an instrument
/// verified initially only, its period of use is over), <c>Failed</c> (latest is a result notice: must
/// not be used), <c>NotVerified</c>. Without a verification in Lims, its last verification from before
/// Lims (rule 15) stands as its latest.
/// </summary>
public sealed record AnnouncedInstrument(
    string TypeCode,
    string TypeName,
    CompulsoryVerification CompulsoryVerification,
    string Model,
    string SerialNumber,
    string Location,
    string Status,
    string? CertificateKind,
    string? Conclusion,
    string? CertificateNo,
    DateOnly? PerformedOn,
    DateOnly? ValidUntil);

public sealed class AnnouncementHandler(ILimsDb db, TimeProvider clock)
{
    public async Task<PublicAnnouncement> ForCustomerAsync(AnnouncementQuery query, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, ct);
        var customerId = query.CustomerId!.Value;
        var site = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Customer), customerId.ToString());
        var today = clock.Today();

        // A site has tens or hundreds of instruments: two queries, the latest picked here.
        var candidates = await (
            from i in db.Instruments.AsNoTracking()
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            where i.CustomerId == customerId && t.Compulsory && i.RetiredOn == null
            orderby t.Code, i.SerialNumber
            select new { Instrument = i, Type = t }).ToListAsync(ct);
        var instruments = candidates
            .Select(x => new { x.Instrument.Id, x.Type.Code, x.Type.Name, x.Type.IntervalMonths, Way = x.Instrument.CompulsoryVerificationUnder(x.Type), x.Instrument.Model, x.Instrument.SerialNumber, x.Instrument.Location })
            .Where(x => x.Way is not null)
            .ToList();
        var ids = instruments.Select(i => i.Id).ToList();
        var verifications = await db.Certificates.AsNoTracking()
            .Where(c => ids.Contains(c.InstrumentId) && !c.Revoked && c.SupersededBy == null)
            .Where(c => c.Kind == CertificateKind.VerificationCertificate || c.Kind == CertificateKind.VerificationResultNotice)
            .Select(c => new { c.InstrumentId, c.Kind, c.Conclusion, c.CertificateNo, c.PerformedOn, c.IssuedAt, c.ValidUntil })
            .ToListAsync(ct);
        var latest = verifications.GroupBy(c => c.InstrumentId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.PerformedOn).ThenByDescending(c => c.IssuedAt).First());
        var priors = await db.PriorVerifications.AsNoTracking().Where(p => ids.Contains(p.InstrumentId)).ToDictionaryAsync(p => p.InstrumentId, ct);

        return new PublicAnnouncement(site, today, [.. instruments.Select(i =>
        {
            if (!latest.TryGetValue(i.Id, out var v))
            {
                return priors.TryGetValue(i.Id, out var prior)
                    ? Announced(i.Code, i.Name, i.Way!.Value, i.Model, i.SerialNumber, i.Location, prior, i.IntervalMonths, today)
                    : new AnnouncedInstrument(i.Code, i.Name, i.Way!.Value, i.Model, i.SerialNumber, i.Location, "NotVerified", null, null, null, null, null);
            }

            var status = v.Kind == CertificateKind.VerificationResultNotice ? "Failed" : v.ValidUntil is { } until && until < today ? "Expired" : "Valid";
            return new AnnouncedInstrument(i.Code, i.Name, i.Way!.Value, i.Model, i.SerialNumber, i.Location, status, v.Kind.ToString(), v.Conclusion.ToString(), v.CertificateNo, v.PerformedOn, v.ValidUntil);
        })]);
    }

    /// <summary>An instrument whose latest verification is from before Lims (rule 15): its certificate or result notice, valid as one issued in Lims would be (rule 4).</summary>
    private static AnnouncedInstrument Announced(string typeCode, string typeName, CompulsoryVerification way, string model, string serialNumber, string location,
        PriorVerification prior, int intervalMonths, DateOnly today)
    {
        var kind = prior.Conclusion == PriorConclusion.Pass ? CertificateKind.VerificationCertificate : CertificateKind.VerificationResultNotice;
        var validUntil = CertificateRules.ValidUntil(kind, prior.PerformedOn, intervalMonths);
        var status = kind == CertificateKind.VerificationResultNotice ? "Failed" : validUntil < today ? "Expired" : "Valid";
        return new AnnouncedInstrument(typeCode, typeName, way, model, serialNumber, location, status, kind.ToString(), prior.Conclusion.ToString(), prior.CertificateNo, prior.PerformedOn, validUntil);
    }
}
