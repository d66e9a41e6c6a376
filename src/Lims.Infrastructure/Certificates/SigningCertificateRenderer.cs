using System.Security.Cryptography.X509Certificates;
using Lims.Application.Abstractions.Certificates;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Signs what another renderer produced with the laboratory's certificate (PDFsharp 6.2's
/// <see cref="DigitalSignatureHandler"/> and <see cref="PdfSharpDefaultSigner"/>: an invisible
/// /Sig field, adbe.pkcs7.detached, SHA-256), so a PDF reader shows who signed and that the file is
/// unaltered. The signature goes on last, after the renderer has written the whole file, because any later change of
/// a byte would break it. Signed files are not byte-reproducible: PDFsharp stamps the signing moment
/// (/M and the CMS signing time) and offers no option to set it. That is acceptable because a
/// certificate is rendered once at issue and its stored bytes are what every download returns.
/// </summary>
public sealed class SigningCertificateRenderer : ICertificateRenderer
{
    private readonly ICertificateRenderer _inner;
    private readonly X509Certificate2 _certificate;

    public SigningCertificateRenderer(ICertificateRenderer inner, X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The signing certificate {certificate.Subject} has no private key.", nameof(certificate));
        }

        _inner = inner;
        _certificate = certificate;
    }

    /// <summary>Loads the certificate named by <paramref name="options"/>.</summary>
    public static X509Certificate2 LoadCertificate(CertificateSigningOptions options)
    {
        if (!options.IsConfigured || !File.Exists(options.PfxPath))
        {
            throw new InvalidOperationException($"{CertificateSigningOptions.Section}:PfxPath names no file ('{options.PfxPath}').");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(options.PfxPath!, options.PfxPassword, X509KeyStorageFlags.EphemeralKeySet);
    }

    public byte[] Render(CertificateDocument document)
    {
        var unsigned = _inner.Render(document);
        using var input = new MemoryStream(unsigned, writable: false);
        using var pdf = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var options = new DigitalSignatureOptions
        {
            Reason = $"{document.CertificateNumber} issued {document.IssuedOn:yyyy-MM-dd}",
            Location = document.Laboratory.Name,
            ContactInfo = document.Laboratory.Address,
            AppName = "Lims",
            PageIndex = 0,
        };
        DigitalSignatureHandler.ForDocument(pdf, new PdfSharpDefaultSigner(_certificate, PdfMessageDigestType.SHA256), options);

        using var output = new MemoryStream(unsigned.Length + 16_384);
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }
}
