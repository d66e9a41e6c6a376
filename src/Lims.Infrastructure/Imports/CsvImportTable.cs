using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Lims.Application.Abstractions.Imports;

namespace Lims.Infrastructure.Imports;

/// <summary>
/// A CSV file in UTF-8 or GB18030, the encoding found, never guessed: a byte-order mark says
/// UTF-8 (or UTF-16); without one the file is UTF-8 when every byte of it decodes strictly as
/// UTF-8, and otherwise GB18030 (which Excel in Chinese writes as "CSV (逗号分隔)"), decoded
/// strictly too, so a file in neither is refused rather than read as mojibake. The separator is
/// found from the header (comma, semicolon, tab or bar); CsvHelper parses quotes and line breaks.
/// </summary>
internal sealed class CsvImportTable : ImportTable
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictGb18030 = Gb18030();

    private readonly string _text;
    private readonly IReadOnlyList<string> _headers;
    private readonly int _headerRow;

    public CsvImportTable(byte[] bytes)
    {
        (_text, Encoding) = Decode(bytes);
        if (_text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFileException("import-file-format", "The file is neither an Excel workbook (.xlsx) nor a CSV text file.");
        }

        var first = Records().FirstOrDefault();
        _headers = first is null ? [] : [.. first.Cells.Select(c => c ?? "")];
        _headerRow = first?.Number ?? 0;
    }

    public override string Format => "csv";

    public override string? Encoding { get; }

    public override IReadOnlyList<string> Headers => _headers;

    public override IEnumerable<ImportRow> Rows => Records().SkipWhile(r => r.Number <= _headerRow);

    private IEnumerable<ImportRow> Records()
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t", "|"],
            BadDataFound = bad => throw new ImportFileException("import-file-unreadable",
                $"Row {bad.Context.Parser?.Row}: a quotation mark in the middle of a field. Put fields with quotes in double quotes and double the quotes inside (\"\")."),
        };
        using var reader = new StringReader(_text);
        using var parser = new CsvParser(reader, configuration);
        while (parser.Read())
        {
            var cells = parser.Record ?? [];
            var trimmed = cells.Select(c => string.IsNullOrWhiteSpace(c) ? null : c.Trim()).ToArray();
            if (trimmed.Any(c => c is not null))
            {
                yield return new ImportRow(parser.Row, trimmed);
            }
        }
    }

    private static (string Text, string Encoding) Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Strict(StrictUtf8, bytes, 3), "UTF-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2), "UTF-16LE");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2), "UTF-16BE");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Strict(StrictGb18030, bytes, 0), "GB18030");
        }
    }

    /// <summary>.NET knows GB18030 through the code pages provider, registered once.</summary>
    private static Encoding Gb18030()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string Strict(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException("import-file-encoding",
                "The file is neither UTF-8 nor GB18030 text. Save it from Excel as \"CSV UTF-8\" (or as an Excel workbook) and send that.");
        }
    }
}
