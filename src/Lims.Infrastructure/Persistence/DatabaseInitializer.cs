using Lims.Application.Common;
using Lims.Application.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Persistence;

/// <summary>
/// At start-up: applies the migrations, switches SQLite to WAL, creates the six roles and, on an
/// empty database, the administrator named in configuration.
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

    private async Task CreateFirstAdministratorAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var options = bootstrap.Value;
        if (string.IsNullOrEmpty(options.AdminPassword))
        {
            log.LogWarning("The database has no users. Set Bootstrap__AdminPassword (and optionally Bootstrap__AdminUser) and restart to create the first administrator.");
            return;
        }

        await accounts.CreateAsync(new UserRequest(options.AdminUser, "Administrator", options.AdminPassword, [Roles.Admin], null), ct);
        log.LogInformation("Created the first administrator {AdminUser}.", options.AdminUser);
    }
}
