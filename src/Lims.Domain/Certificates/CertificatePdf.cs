namespace Lims.Domain.Certificates;

/// <summary>The bytes of an issued certificate, stored once at issue and served unchanged.</summary>
public sealed class CertificatePdf
{
    private CertificatePdf()
    {
        CertificateNo = string.Empty;
        Content = [];
    }

    public CertificatePdf(string certificateNo, byte[] content)
    {
        CertificateNo = certificateNo;
        Content = content;
    }

    public string CertificateNo { get; private set; }

    public byte[] Content { get; private set; }
}
