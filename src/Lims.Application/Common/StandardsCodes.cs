namespace Lims.Application.Common;

/// <summary>Codes of standards, equipment and reference standards: short, plain and stable.</summary>
public static class StandardsCodes
{
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";

    public static string Explanation(string field) => $"'{field}' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit.";
}
