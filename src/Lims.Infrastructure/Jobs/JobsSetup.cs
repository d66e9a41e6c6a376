using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Lims.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Infrastructure.Jobs;

public static class JobsSetup
{
    public const string DashboardPath = "/ops/jobs";

    /// <summary>
    /// Hangfire with storage that follows the database: SQL Server and PostgreSQL (schema
    /// <c>hangfire</c>) share jobs between processes; the embedded SQLite default keeps them in
    /// memory (nothing is lost: the next scan recomputes from the database).
    /// </summary>
    public static IServiceCollection AddLimsJobs(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        var section = configuration.GetSection("Jobs");
        services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();

        // Created when first needed, i.e. after start-up has created and migrated the database.
        services.AddSingleton<JobStorage>(_ => provider switch
        {
            DatabaseProvider.SqlServer => new SqlServerStorage(connectionString, new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }),
            DatabaseProvider.PostgreSql => CreatePostgreSqlStorage(connectionString),
            _ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(1) }),
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.RunsServer)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = Math.Max(1, options.WorkerCount);
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        if (options.ServesHttp)
        {
            services.AddHostedService<IntakeService>();
        }

        services.AddTransient<RecallScanJob>();
        services.AddTransient<NotificationDeliveryJob>();
        services.AddScoped<LimsJobs>();
        return services;
    }

    private static PostgreSqlStorage CreatePostgreSqlStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
