using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Certificates;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Abstractions.Receipts;
using Lims.Application.Abstractions.Reports;
using Lims.Application.Features.Certificates;
using Lims.Application.Features.Reports;
using Lims.Infrastructure.Certificates;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Users;
using Lims.Application.Features.Notifications;
using Lims.Application.Features.Recall;
using Lims.Infrastructure.Identity;
using Lims.Infrastructure.Imports;
using Lims.Infrastructure.Jobs;
using Lims.Infrastructure.Notifications;
using Lims.Infrastructure.Persistence;
using Lims.Infrastructure.Persistence.Auditing;
using Lims.Infrastructure.Persistence.Numbering;
using Lims.Infrastructure.Persistence.Reminders;
using Lims.Infrastructure.Persistence.Sqlite;
using Lims.Infrastructure.Receipts;
using Lims.Infrastructure.Reports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddLimsInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue<DatabaseProvider?>("Database:Provider") ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Lims");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = LimsDbOptions.PrepareSqlite(connectionString ?? LimsDbOptions.DefaultSqliteConnectionString, contentRoot);
            services.AddSingleton<IWriteGate, SqliteWriteGate>();
        }
        else
        {
            services.AddSingleton<IWriteGate>(NoWriteGate.Instance);
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Lims (environment ConnectionStrings__Lims).");
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            connectionString = LimsDbOptions.PreparePostgreSql(connectionString);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<VersionStamp>();
        services.AddScoped<AuditAuthors>();
        services.AddScoped<AuditTrailWriter>();
        services.AddScoped<WriteGateInterceptor>();
        services.AddDbContext<LimsDbContext>((sp, options) =>
        {
            // In this order: the version is raised before the audit line records it; the writer
            // is taken last, once nothing in the process can refuse the save any more.
            options.UseLimsDatabase(provider, connectionString)
                .AddInterceptors(sp.GetRequiredService<VersionStamp>(), sp.GetRequiredService<AuditTrailWriter>());
            if (provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(sp.GetRequiredService<WriteGateInterceptor>());
            }
        });
        services.AddScoped<ILimsDb>(sp => sp.GetRequiredService<LimsDbContext>());
        services.AddScoped<IReminderInserts, SqlReminderInserts>();
        services.AddScoped<INumberSequences, SqlNumberSequences>();

        services.AddIdentityCore<LimsUser>(options =>
            {
                // PasswordPolicy decides: length, the user name, the list of common passwords.
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                // Failed sign-ins slow the client's address (SignInThrottle) instead of locking the account.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LimsDbContext>()
            .AddPasswordValidator<PasswordPolicy>();
        services.Configure<RefreshTokenOptions>(configuration.GetSection("Auth"));
        services.Configure<SignInThrottleOptions>(configuration.GetSection("Auth:SignInThrottle"));
        services.AddSingleton<ILookupNormalizer, IdentifierLookupNormalizer>();
        services.AddScoped<IRefreshTokens, RefreshTokenStore>();
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        services.AddScoped<IUserAccounts, UserAccounts>();

        // Cookies and antiforgery tokens made by one process are read by every other: the keys live in the database.
        services.AddDataProtection().SetApplicationName("Lims").PersistKeysToDbContext<LimsDbContext>();

        services.AddSingleton<IReceiptRenderer, PdfReceiptRenderer>();
        services.AddSingleton<PdfCertificateRenderer>();
        var signing = configuration.GetSection(CertificateSigningOptions.Section).Get<CertificateSigningOptions>() ?? new CertificateSigningOptions();
        if (signing.IsConfigured)
        {
            var certificate = SigningCertificateRenderer.LoadCertificate(signing);
            services.AddSingleton<ICertificateRenderer>(sp => new SigningCertificateRenderer(sp.GetRequiredService<PdfCertificateRenderer>(), certificate));
        }
        else
        {
            services.AddSingleton<ICertificateRenderer>(sp => sp.GetRequiredService<PdfCertificateRenderer>());
        }

        services.Configure<CertificateSigningOptions>(configuration.GetSection(CertificateSigningOptions.Section));
        services.Configure<CertificateOptions>(configuration.GetSection("Certificates"));
        services.Configure<RecallOptions>(configuration.GetSection("Recall"));
        services.Configure<DeliveryOptions>(configuration.GetSection("Notifications:Delivery"));
        services.PostConfigure<DeliveryOptions>(o => o.QualityManagerEmail ??= configuration["Notifications:QualityManagerEmail"]);
        services.Configure<SmtpOptions>(configuration.GetSection("Notifications:Smtp"));
        services.AddSingleton<INotifier, SmtpNotifier>();
        services.AddLimsJobs(configuration, provider, connectionString);
        services.AddSingleton<ISpreadsheetWriter, XlsxSpreadsheetWriter>();
        services.AddSingleton<IImportFileReader, ImportFileReader>();
        services.Configure<ReportOptions>(configuration.GetSection("Reports"));

        services.Configure<BootstrapOptions>(configuration.GetSection("Bootstrap"));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
