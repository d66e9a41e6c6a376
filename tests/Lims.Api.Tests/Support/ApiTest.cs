namespace Lims.Api.Tests.Support;

/// <summary>Base of API tests that run once per database (see <see cref="TestDatabases"/>).</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public abstract class ApiTest(string database)
{
    protected string Database { get; } = database;

    protected ApiHost Host { get; private set; } = null!;

    protected HttpClient Admin => Host.Admin;

    [OneTimeSetUp]
    public async Task StartApiAsync() => Host = await ApiHosts.GetAsync(Database);

    /// <summary>How many lines the audit trail holds, of one kind of record or of all.</summary>
    protected async Task<int> AuditLinesAsync(string? entity = null) =>
        (await Expect.JsonAsync(await Admin.GetAsync(new Uri($"/api/audit?pageSize=1{(entity is null ? "" : "&entity=" + entity)}", UriKind.Relative)), 200)).GetProperty("total").GetInt32();

    /// <summary>A short code no other test uses.</summary>
    protected static string UniqueCode(string prefix = "T") => (prefix + Guid.NewGuid().ToString("N")[..10]).ToUpperInvariant();
}
