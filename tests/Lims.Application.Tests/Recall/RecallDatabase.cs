using Lims.Application.Abstractions;
using Lims.Application.Features.Notifications.Texts;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Notifications;
using Lims.Domain.ReferenceData;
using Lims.Infrastructure;
using Lims.Infrastructure.Jobs;
using Lims.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lims.Application.Tests.Recall;

/// <summary>
/// The services the API builds (application, infrastructure, jobs without a Hangfire server) on a
/// new SQLite file, migrated, with a fake clock at 09:00 China time on <see cref="Today"/>.
/// </summary>
public sealed class RecallDatabase : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    private static int _serial;
    private readonly string _file;

    private RecallDatabase(ServiceProvider services, string file, FakeTimeProvider clock)
    {
        Services = services;
        _file = file;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<RecallDatabase> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), "lims-tests", $"recall_{Guid.NewGuid():N}.db");
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Lims"] = $"Data Source={file}",
            ["Jobs:BackgroundServer"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLimsApplication();
        services.AddLimsInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton<ICurrentUser>(SystemUser.Instance);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        services.AddSingleton<TimeProvider>(clock);
        var built = new RecallDatabase(services.BuildServiceProvider(), file, clock);
        await using (var scope = built.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LimsDbContext>().Database.MigrateAsync();
        }

        return built;
    }

    public static RecallScanJob ScanJob(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<RecallScanJob>();

    public async Task<int> ScanAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return (await ScanJob(scope).RunAsync(CancellationToken.None)).Total;
    }

    public async Task DeliverAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDeliveryJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>A customer (with or without e-mail) and an instrument type with a 12-month interval.</summary>
    public async Task<(Guid CustomerId, string TypeCode)> CustomerAndTypeAsync(string? email = "chen@example.cn")
    {
        var n = Interlocked.Increment(ref _serial);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var procedure = new Procedure($"JJG {1000 + n}-2016", "电子计价秤检定规程", ProcedureKind.VerificationRegulation);
        var type = new InstrumentType($"T{n}", "电子计价秤", procedure, compulsory: true, intervalMonths: 12, fee: 30m);
        var customer = new Customer("江门市蓬江区华润万家超市有限公司", UnifiedSocialCreditCode.Parse(CreditCode(n)), "陈经理", "0750-3123456", "江门市蓬江区万达广场 1 层", "蓬江区", CustomerCategory.Market, email);
        db.Procedures.Add(procedure);
        db.InstrumentTypes.Add(type);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(CancellationToken.None);
        return (customer.Id, type.Code);
    }

    /// <summary>An instrument last verified so that its next due date is <paramref name="dueOn"/> (null: never verified).</summary>
    public async Task<Guid> InstrumentAsync(Guid customerId, string typeCode, DateOnly? dueOn, string? serial = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ILimsDb>();
        var type = await db.InstrumentTypes.SingleAsync(t => t.Code == typeCode);
        var instrument = new Instrument(customerId, type, "上海友声衡器有限公司", "ACS-15", serial ?? "SN" + Guid.NewGuid().ToString("N")[..10], "(0~15) kg", "Ⅲ", InstrumentUsage.TradeSettlement, "生鲜区 3 号摊位");
        if (dueOn is { } due)
        {
            instrument.RecordVerification(due.AddMonths(-type.IntervalMonths), type);
            Assert.That(instrument.NextDueOn, Is.EqualTo(due));
        }

        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(CancellationToken.None);
        return instrument.Id;
    }

    public async Task RetireAsync(Guid instrumentId)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ILimsDb>().Instruments
            .Where(i => i.Id == instrumentId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InstrumentStatus.Retired));
    }

    public async Task<List<Notification>> NotificationsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ILimsDb>().Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync();
    }

    /// <summary>The reminder's words, as delivery and the list render them.</summary>
    public async Task<ReminderText> TextAsync(Notification reminder)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReminderTexts>().RenderAsync([ReminderFacts.Of(reminder)], CancellationToken.None))[0];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    /// <summary>A valid unified social credit code, different for each <paramref name="n"/>.</summary>
    private static string CreditCode(int n)
    {
        var organisation = $"MA{n:D6}";
        organisation += UnifiedSocialCreditCode.ComputeOrganizationCodeCheckDigit(organisation);
        var first17 = "91440703" + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
