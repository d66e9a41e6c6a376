namespace Lims.Api;

/// <summary>
/// Configuration <c>DataFolder</c>: where Lims keeps the files it makes (the token signing key),
/// default <c>data</c> under the content root. Outside Development it must not be inside the
/// install folder.
/// </summary>
public static class DataFolder
{
    public static string Of(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["DataFolder"] is { Length: > 0 } folder ? folder : "data"));

    public static bool IsInside(string path, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(full, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
