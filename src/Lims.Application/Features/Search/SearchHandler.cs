using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Search;

/// <summary>
/// The reception desk's one box: a customer by any part of its name or by its credit code, an
/// instrument by its serial number, a submission by its receipt number, a work order by its number
/// (the QR label on the instrument), a certificate by its number (or the address its QR code opens).
/// Numbers are matched whole, through their unique indexes, so the answer stays quick whatever the
/// size of the registry; names are matched as typed. At most <see cref="MaxHitsPerKind"/> of each kind.
/// </summary>
public sealed class SearchHandler(ILimsDb db, ICurrentUser user)
{
    public const int MaxHitsPerKind = 20;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, ct);
        var text = Scanned(query.Q!.Trim());
        // Numbers are kept in NFKC (Identifiers): one typed in full width (ＳＮ１２３, a Chinese input method's habit) is the same number.
        var identifier = Identifiers.Normalize(text);
        var number = identifier.ToUpperInvariant();
        var everyLaboratory = user.ReadsEveryLaboratory();
        var own = user.LaboratoryCode;

        // Keys are read as Guids and written here: a database's own text of a Guid may differ in case.
        var customers = await db.Customers.AsNoTracking()
            .Where(c => c.CreditCode == number || c.Name.Contains(text))
            .OrderBy(c => c.Name).Take(MaxHitsPerKind)
            .Select(c => new { c.Id, c.Name, c.CreditCode })
            .ToListAsync(ct);
        var instruments = await (
            from i in db.Instruments.AsNoTracking()
            where i.SerialNumber == identifier || i.SerialNumber == number
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            join c in db.Customers on i.CustomerId equals c.Id
            orderby c.Name, i.SerialNumber
            select new { i.Id, Title = t.Name + " " + i.SerialNumber, Detail = i.Manufacturer + " " + i.Model, CustomerId = c.Id, CustomerName = c.Name })
            .Take(MaxHitsPerKind).ToListAsync(ct);
        var submissions = await (
            from s in db.Submissions.AsNoTracking()
            where s.ReceiptNo == number && (everyLaboratory || s.LaboratoryCode == own)
            join c in db.Customers on s.CustomerId equals c.Id
            select new { s.Id, s.ReceiptNo, s.Status, CustomerId = c.Id, CustomerName = c.Name })
            .ToListAsync(ct);
        var workOrders = await (
            from w in db.WorkOrders.AsNoTracking()
            where w.Number == number && (everyLaboratory || w.LaboratoryCode == own)
            join c in db.Customers on w.CustomerId equals c.Id
            select new { w.SubmissionId, w.Number, w.Status, CustomerId = c.Id, CustomerName = c.Name })
            .ToListAsync(ct);
        var certificates = await (
            from x in db.Certificates.AsNoTracking()
            where x.CertificateNo == number && (everyLaboratory || x.LaboratoryCode == own)
            join c in db.Customers on x.CustomerId equals c.Id
            select new { x.CertificateNo, x.Kind, CustomerId = c.Id, CustomerName = c.Name })
            .ToListAsync(ct);

        return
        [
            .. customers.Select(c => new SearchHit(SearchHitKind.Customer, c.Id.ToString(), c.Name, c.CreditCode, c.Id, c.Name)),
            .. instruments.Select(i => new SearchHit(SearchHitKind.Instrument, i.Id.ToString(), i.Title, i.Detail, i.CustomerId, i.CustomerName)),
            .. submissions.Select(s => new SearchHit(SearchHitKind.Submission, s.Id.ToString(), s.ReceiptNo, s.Status.ToString(), s.CustomerId, s.CustomerName)),
            .. workOrders.Select(w => new SearchHit(SearchHitKind.WorkOrder, w.SubmissionId.ToString(), w.Number, w.Status.ToString(), w.CustomerId, w.CustomerName)),
            .. certificates.Select(x => new SearchHit(SearchHitKind.Certificate, x.CertificateNo, x.CertificateNo, x.Kind.ToString(), x.CustomerId, x.CustomerName)),
        ];
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
