using System.Globalization;
using FluentValidation.Results;
using Lims.Application.Abstractions.Imports;

namespace Lims.Application.Features.Imports;

/// <summary>
/// One row of an import file read into a request's values, and the problems found on the way: a
/// cell that is not a date, a yes or no, or one of the allowed values. The request's own validator
/// and the rules of registering it report the rest, each by its column.
/// </summary>
public sealed class RowCells(ImportRow row, ColumnMap map)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss",
    ];

    private static readonly char[] ListSeparators = [',', '，', ';', '；', '、', '\n', '|'];

    private readonly List<RowRefusal> _problems = [];

    public int Number => row.Number;

    public IReadOnlyList<RowRefusal> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public string? Text(string field) => map.Cell(row, field);

    /// <summary>Whether any of the fields has something in it.</summary>
    public bool AnyOf(params string[] fields) => fields.Any(f => Text(f) is not null);

    public DateOnly? Date(string field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        Refuse(field, "invalid-date", $"'{map.HeaderOf(field)}' must be a date such as 2026-03-15; '{text}' is not one.");
        return null;
    }

    public bool? YesNo(string field)
    {
        switch (Text(field)?.ToUpperInvariant())
        {
            case null:
                return null;
            case "是" or "Y" or "YES" or "TRUE" or "1" or "√":
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0" or "×":
                return false;
            case var other:
                Refuse(field, "invalid-value", $"'{map.HeaderOf(field)}' must be 是 or 否; '{other}' is neither.");
                return null;
        }
    }

    /// <summary>One of the labels (Chinese names, or the API's names in any letter case).</summary>
    public T? Choice<T>(string field, ImportChoices<T> choices)
        where T : struct, Enum
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        if (choices.Find(text) is { } value)
        {
            return value;
        }

        Refuse(field, "invalid-value", $"'{map.HeaderOf(field)}' must be one of {choices.Labels}; '{text}' is not.");
        return null;
    }

    /// <summary>Several values in one cell, separated by commas, semicolons, 、 or line breaks.</summary>
    public IReadOnlyList<string>? List(string field) =>
        Text(field) is { } text ? [.. text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null;

    public void Refuse(string field, string code, string message) => _problems.Add(new RowRefusal(row.Number, map.HeaderOf(field), code, message));

    /// <summary>
    /// The request validator's failures, each by its column: <paramref name="fieldOf"/> names the
    /// column of a request property (camelCase path, list indexes left out). The message names the
    /// column as the file heads it.
    /// </summary>
    public void Refuse(IEnumerable<ValidationFailure> failures, Func<string, string> fieldOf)
    {
        var unreadable = _problems.Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            var field = fieldOf(PropertyPath(failure.PropertyName));
            var header = map.HeaderOf(field);
            if (unreadable.Contains(header))
            {
                // The cell could not be read (not a date, not one of the values): said once already.
                continue;
            }

            var message = failure.ErrorMessage;
            if (failure.FormattedMessagePlaceholderValues?.TryGetValue("PropertyName", out var shown) == true && shown is string name)
            {
                message = message.Replace($"'{name}'", $"'{header}'", StringComparison.Ordinal);
            }

            var code = failure.ErrorCode is "NotEmptyValidator" or "NotNullValidator" ? "required" : "invalid-value";
            _problems.Add(new RowRefusal(row.Number, header, code, message));
        }
    }

    /// <summary><c>LastVerification.PerformedOn</c> → <c>lastVerification.performedOn</c>; <c>Roles[1]</c> → <c>roles</c>.</summary>
    private static string PropertyPath(string property) =>
        string.Join('.', property.Split('.').Select(part =>
        {
            var name = part.Split('[')[0];
            return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
        }));
}

/// <summary>The values a column allows, by their Chinese labels and the API's names.</summary>
public sealed class ImportChoices<T>(params (string Label, T Value)[] labels)
    where T : struct, Enum
{
    /// <summary>The Chinese labels, for messages and the template's note.</summary>
    public string Labels { get; } = string.Join("、", labels.DistinctBy(l => l.Value).Select(l => l.Label));

    public T? Find(string text)
    {
        foreach (var (label, value) in labels)
        {
            if (label == text)
            {
                return value;
            }
        }

        return Enum.TryParse<T>(text, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(text, out _) ? named : null;
    }
}
