using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.InstrumentTypes;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Instruments;

/// <summary>
/// The city's shared register of instruments: every laboratory reads and registers them (rule 12).
/// The certificates listed with an instrument are those of laboratories the caller sees.
/// </summary>
public sealed class InstrumentHandler(ILimsDb db, ICurrentUser user, TimeProvider clock, InstrumentRegistration registration)
{
    public async Task<InstrumentResponse> CreateAsync(InstrumentRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var checkedInstrument = (await registration.CheckAsync([request], null, ct))[0];
        var instrument = checkedInstrument.Accepted;
        registration.Add(checkedInstrument);
        await db.SaveChangesAsync(ct);
        return await GetAsync(instrument.Id, ct);
    }

    public async Task<InstrumentResponse> UpdateAsync(Guid id, InstrumentUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(nameof(Instrument), id.ToString());
        VersionCheck.Ensure(instrument, nameof(Instrument), id.ToString(), update.Version, ifMatch);
        var type = await db.InstrumentTypes.AsNoTracking().SingleAsync(t => t.Code == instrument.TypeCode, ct);
        instrument.Describe(update.Model!.Trim(), update.Range!.Trim(), update.AccuracyClass?.Trim() ?? "", update.Location?.Trim() ?? "");
        instrument.UseFor(update.Usage!.Value, type);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Retires the instrument today (China date); 422 while it is at the laboratory or already retired.</summary>
    public async Task<InstrumentResponse> RetireAsync(Guid id, RetireInstrumentRequest request, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(nameof(Instrument), id.ToString());
        if (request.Version is not null || ifMatch is not null)
        {
            VersionCheck.Ensure(instrument, nameof(Instrument), id.ToString(), request.Version, ifMatch);
        }

        instrument.Retire(request.Reason!.Trim(), clock.Today());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<InstrumentResponse> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await Rows(db.Instruments.AsNoTracking().Where(i => i.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(Instrument), id.ToString());
        return (await WithCertificatesAsync([row.ToResponse()], ct))[0];
    }

    public async Task<PagedList<InstrumentResponse>> ListAsync(InstrumentQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var instruments = db.Instruments.AsNoTracking()
            .Where(i => query.CustomerId == null || i.CustomerId == query.CustomerId)
            .Where(i => query.DueBefore == null || (i.NextDueOn == null && i.LastVerifiedOn == null) || i.NextDueOn <= query.DueBefore)
            .Where(i => query.SerialNumber == null || i.SerialNumber == query.SerialNumber.Trim());
        if (query.Compulsory is { } compulsory)
        {
            var pairs = await CompulsoryPairs.LoadAsync(db, ct);
            instruments = instruments.Where(compulsory ? pairs.Under() : pairs.NotUnder());
        }

        var found = await Rows(instruments.OrderBy(i => i.NextDueOn).ThenBy(i => i.Id)).ToPagedListAsync(page, ct);
        return new PagedList<InstrumentResponse>(await WithCertificatesAsync([.. found.Items.Select(r => r.ToResponse())], ct), found.Page, found.PageSize, found.Total);
    }

    /// <summary>One query for the certificates of every instrument on the page, newest first.</summary>
    private async Task<IReadOnlyList<InstrumentResponse>> WithCertificatesAsync(IReadOnlyList<InstrumentResponse> instruments, CancellationToken ct)
    {
        var ids = instruments.Select(i => i.Id).ToList();
        var certificates = await db.Certificates.AsNoTracking().VisibleTo(user).Where(c => ids.Contains(c.InstrumentId)).ToListAsync(ct);
        var today = clock.Today();
        var byInstrument = certificates
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.CertificateNo)
            .ToLookup(c => c.InstrumentId, c => new InstrumentCertificate(c.CertificateNo, c.Kind.ToString(), c.StatusOn(today).ToString(), c.IssuedOn, c.ValidUntil));
        return [.. instruments.Select(i => i with { Certificates = [.. byInstrument[i.Id]] })];
    }

    private IQueryable<InstrumentRow> Rows(IQueryable<Instrument> instruments) =>
        from i in instruments
        join t in db.InstrumentTypes on i.TypeCode equals t.Code
        join c in db.Customers on i.CustomerId equals c.Id
        from p in db.PriorVerifications.Where(p => p.InstrumentId == i.Id).DefaultIfEmpty()
        select new InstrumentRow(i, t, c.Name, p);

    /// <summary>An instrument with its type, so that the domain says whether and how it is under compulsory verification.</summary>
    private sealed record InstrumentRow(Instrument Instrument, InstrumentType Type, string CustomerName, PriorVerification? Prior)
    {
        public InstrumentResponse ToResponse()
        {
            var (i, t) = (Instrument, Type);
            var compulsory = i.CompulsoryVerificationUnder(t);
            return new InstrumentResponse(
                i.Id, i.CustomerId, CustomerName, i.TypeCode, t.Name, compulsory is not null, compulsory, t.IntervalMonths, i.Manufacturer, i.Model, i.SerialNumber,
                i.Range, i.AccuracyClass, i.Usage, i.Location, i.Status, i.LastVerifiedOn, compulsory == CompulsoryVerification.InitialOnly ? null : i.NextDueOn,
                i.RetiredOn, i.RetirementReason, [], i.Version,
                Prior is { } p ? new PriorVerificationResponse(p.CertificateNo, p.IssuedBy, p.PerformedOn, p.Conclusion) : null);
        }
    }
}
