using System.Security.Cryptography;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// Writes a PDF file object by object: header, numbered objects in any order, then the
/// cross-reference table and the trailer. The file identifier is the first half of the SHA-256 of
/// everything before the trailer, so the same objects give the same bytes.
/// </summary>
internal sealed class PdfFileWriter
{
    /// <summary>Below the large-object heap's 85,000 bytes; a two-page certificate is about 60 KB.</summary>
    private readonly PdfBuffer _file = new(80 * 1024);
    private readonly List<int> _offsets = [0];

    public PdfFileWriter()
    {
        _file.Append("%PDF-1.7\n%").Append([0xE2, 0xE3, 0xCF, 0xD3]).Append('\n');
    }

    /// <summary>Reserves the next object number.</summary>
    public int NewObject()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>; write its body to the returned buffer, then call <see cref="End"/>.</summary>
    public PdfBuffer Begin(int number)
    {
        _offsets[number] = _file.Length;
        return _file.Integer(number).Append(" 0 obj\n");
    }

    public void End() => _file.Append("\nendobj\n");

    public byte[] Finish(int catalog, int info)
    {
        var xref = _file.Length;
        _file.Append("xref\n0 ").Integer(_offsets.Count).Append("\n0000000000 65535 f \n");
        for (var number = 1; number < _offsets.Count; number++)
        {
            if (_offsets[number] < 0)
            {
                throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            }

            var offset = _offsets[number].ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            _file.Append(offset).Append(" 00000 n \n");
        }

        var id = Convert.ToHexString(SHA256.HashData(_file.Written), 0, 16);
        _file.Append("trailer\n<</Size ").Integer(_offsets.Count).Append("/Root ").Integer(catalog).Append(" 0 R/Info ").Integer(info)
            .Append(" 0 R/ID[<").Append(id).Append("><").Append(id).Append(">]>>\nstartxref\n").Integer(xref).Append("\n%%EOF\n");
        return _file.Written.ToArray();
    }
}
