namespace Lims.Application.Features.Imports;

/// <summary>
/// A column of an import file: the request field it fills (<c>Field</c>, as the API names it),
/// its Chinese header, whether every row must fill it, the template's example, and a note for the
/// template's 说明 sheet. A file may head the column with the Chinese header, the field name or an
/// alias, in any order; columns it does not know are ignored.
/// </summary>
public sealed record ImportColumn(string Field, string Header, bool Required, string Example, string Note, params string[] Aliases)
{
    /// <summary>Whether a file's header names this column: spaces, a trailing * and letter case do not matter.</summary>
    public bool IsNamedBy(string header)
    {
        var name = Normalise(header);
        return name == Normalise(Header) || name == Normalise(Field) || Aliases.Any(a => Normalise(a) == name);
    }

    private static string Normalise(string header) =>
        string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c is not '*' and not '＊')).ToUpperInvariant();
}
