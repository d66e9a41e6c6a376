using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>At the foot of the cover: where the laboratory is and how to reach it.</summary>
internal static class ContactPart
{
    public static void Draw(CertificateCanvas canvas, CertificateLaboratory laboratory)
    {
        canvas.Y += 8;
        List<Field> contact = [new Field(Labels.Address, laboratory.Address)];
        var reach = new List<Field>();
        if (laboratory.Postcode.Length > 0)
        {
            reach.Add(new Field(Labels.Postcode, laboratory.Postcode));
        }

        if (laboratory.Telephone.Length > 0)
        {
            reach.Add(new Field(Labels.Telephone, laboratory.Telephone));
        }

        FieldGrid.Draw(canvas, reach.Count == 0 ? [[.. contact]] : [[.. contact], [.. reach]]);
    }
}
