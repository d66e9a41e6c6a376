using System.Collections.Frozen;

namespace Lims.Infrastructure.Identity;

/// <summary>
/// The list of common passwords shipped with Lims (<c>common-passwords.txt</c>, see its NOTICE):
/// only those of 12 characters or more, since shorter ones are refused anyway. Compared without
/// regard to case. Read once, on first use.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Lims.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
