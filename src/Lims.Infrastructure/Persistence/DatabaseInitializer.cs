using Lims.Application.Common;
using Lims.Application.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Lims.Infrastructure.Persistence;

/// <summary>
/// At start-up: applies the migrations, switches SQLite to WAL, creates the six roles and, on an
/// empty database, the administrator named in configuration. Several processes may start together
/// on a new server database: one creates it, and they take the <see cref="StartUpLock"/> in turn.
/// </summary>
public sealed class DatabaseInitializer(
    LimsDbContext db,
    RoleManager<IdentityRole> roles,
    IUserAccounts accounts,
    IOptions<BootstrapOptions> bootstrap,
    ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await CreateServerDatabaseAsync(ct);
        await using var _ = await StartUpLock.AcquireAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await CreateFirstAdministratorAsync(ct);
    }

    /// <summary>A new server database is created before the start-up lock, which lives in it; another process may create it first.</summary>
    private async Task CreateServerDatabaseAsync(CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (db.Database.IsSqlite() || await creator.ExistsAsync(ct))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(ct);
        }
        catch (Exception e) when (IsCreatedMeanwhile(e))
        {
            log.LogInformation("Another process created the database first.");
        }
    }

    private static bool IsCreatedMeanwhile(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.DuplicateDatabase
            || (pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == "pg_database_datname_index"),
        SqlException sqlServer => sqlServer.Number == 1801,
        _ => false,
    };

    private async Task CreateFirstAdministratorAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var options = bootstrap.Value;
        if (string.IsNullOrEmpty(options.AdminPassword))
        {
            log.LogWarning("The database has no users. Open /setup in a browser on this machine to create the first administrator and laboratory, or set Bootstrap__AdminPassword (and optionally Bootstrap__AdminUser) and restart.");
            return;
        }

        try
        {
            await accounts.CreateAsync(new UserRequest(options.AdminUser, "Administrator", options.AdminPassword, [Roles.Admin], null), ct);
        }
        catch (FluentValidation.ValidationException refused)
        {
            throw new InvalidOperationException(
                $"Bootstrap:AdminPassword is refused: {string.Join(" ", refused.Errors.Select(e => e.ErrorMessage))} Choose another and start again.", refused);
        }

        log.LogInformation("Created the first administrator {AdminUser}.", options.AdminUser);
    }
}
