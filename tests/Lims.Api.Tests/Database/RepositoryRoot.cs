namespace Lims.Api.Tests.Database;

public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lims.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lims.sln not found above the test directory.");
    }
}
