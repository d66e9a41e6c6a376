namespace Lims.Domain.ReferenceData;

/// <summary>
/// The image of a laboratory's seal (公章 / 检定专用章), a PNG uploaded by an administrator and
/// printed in the seal area of its certificates' cover page. One per laboratory; replaced whole.
/// </summary>
public sealed class LaboratorySeal
{
    private LaboratorySeal()
    {
        LaboratoryCode = Sha256 = UploadedBy = string.Empty;
        Png = [];
    }

    public LaboratorySeal(string laboratoryCode, byte[] png, string sha256, DateTimeOffset uploadedAt, string uploadedBy)
    {
        LaboratoryCode = laboratoryCode;
        Png = png;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public string LaboratoryCode { get; private set; }

    public byte[] Png { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; }

    /// <summary>A new image in place of this one.</summary>
    public void Replace(byte[] png, string sha256, DateTimeOffset uploadedAt, string uploadedBy)
    {
        Png = png;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }
}
