namespace Lims.Application.Common;

/// <summary>
/// Text written into a CSV file that a spreadsheet opens: a cell beginning with <c>= + - @</c>,
/// a tab or a carriage return would be read as a formula (CSV injection, e.g.
/// <c>=HYPERLINK(…)</c> in a customer's name), so such a cell gets a leading apostrophe, which
/// spreadsheets show as text. Only text from people goes through here, never the figures.
/// </summary>
public static class CsvCells
{
    public static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
