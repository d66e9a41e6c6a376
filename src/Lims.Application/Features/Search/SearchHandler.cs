using Lims.Application.Abstractions;
using Lims.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Search;

/// <summary>
/// The reception desk's one box: a customer by any part of its name or by its credit code, an
/// instrument by its serial number, a submission by its receipt number, a work order by its number
/// (the QR label on the instrument), a certificate by its number (or the address its QR code opens).
/// Numbers are matched whole, through their unique indexes, so the answer stays quick whatever the
/// size of the registry; names are matched as typed. At most <see cref="MaxHitsPerKind"/> of each kind.
/// </summary>
public sealed class SearchHandler(ILimsDb db)
{
    public const int MaxHitsPerKind = 20;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, ct);
        var text = Scanned(query.Q!.Trim());
        var number = text.ToUpperInvariant();
        var hits = new List<SearchHit>();

        hits.AddRange(await db.Customers.AsNoTracking()
            .Where(c => c.CreditCode == number || c.Name.Contains(text))
            .OrderBy(c => c.Name).Take(MaxHitsPerKind)
            .Select(c => new SearchHit(SearchHitKind.Customer, c.Id.ToString(), c.Name, c.CreditCode, c.Id, c.Name))
            .ToListAsync(ct));

        hits.AddRange(await (
            from i in db.Instruments.AsNoTracking()
            where i.SerialNumber == text || i.SerialNumber == number
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            join c in db.Customers on i.CustomerId equals c.Id
            orderby c.Name, i.SerialNumber
            select new SearchHit(SearchHitKind.Instrument, i.Id.ToString(), t.Name + " " + i.SerialNumber, i.Manufacturer + " " + i.Model, c.Id, c.Name))
            .Take(MaxHitsPerKind).ToListAsync(ct));

        hits.AddRange(await (
            from s in db.Submissions.AsNoTracking()
            where s.ReceiptNo == number
            join c in db.Customers on s.CustomerId equals c.Id
            select new SearchHit(SearchHitKind.Submission, s.Id.ToString(), s.ReceiptNo, s.Status.ToString(), c.Id, c.Name))
            .ToListAsync(ct));

        hits.AddRange(await (
            from w in db.WorkOrders.AsNoTracking()
            where w.Number == number
            join c in db.Customers on w.CustomerId equals c.Id
            select new SearchHit(SearchHitKind.WorkOrder, w.SubmissionId.ToString(), w.Number, w.Status.ToString(), c.Id, c.Name))
            .ToListAsync(ct));

        hits.AddRange(await (
            from x in db.Certificates.AsNoTracking()
            where x.CertificateNo == number
            join c in db.Customers on x.CustomerId equals c.Id
            select new SearchHit(SearchHitKind.Certificate, x.CertificateNo, x.CertificateNo, x.Kind.ToString(), c.Id, c.Name))
            .ToListAsync(ct));
        return hits;
    }

    /// <summary>A certificate's QR code holds the address of its public check; the number is what is sought.</summary>
    private static string Scanned(string text)
    {
        var marker = text.IndexOf("/c/", StringComparison.OrdinalIgnoreCase);
        if (marker < 0 || !Uri.TryCreate(text, UriKind.Absolute, out _))
        {
            return text;
        }

        var number = text[(marker + 3)..];
        var end = number.IndexOfAny(['?', '#', '/']);
        return Uri.UnescapeDataString(end < 0 ? number : number[..end]);
    }
}
