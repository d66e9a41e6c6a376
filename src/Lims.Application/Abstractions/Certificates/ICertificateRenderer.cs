namespace Lims.Application.Abstractions.Certificates;

/// <summary>Turns the read model of an approved certificate into the PDF that is stored and served.</summary>
public interface ICertificateRenderer
{
    /// <summary>
    /// Renders <paramref name="document"/>. The same document always yields the same bytes,
    /// so the stored SHA-256 can be recomputed. Throws <see cref="ArgumentException"/> when the
    /// document contradicts its kind (e.g. a result notice with a valid-until date).
    /// </summary>
    byte[] Render(CertificateDocument document);
}
