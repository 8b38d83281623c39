using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Identity;

namespace Pakn.Core.Seeding;

/// <summary>
/// Brings the schema up to date and loads the demo province before anything else starts
/// (hosted services start in order, and this one is registered first).
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<PaknOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Database.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        if (db.Database.IsSqlite())
        {
            Directory.CreateDirectory(options.Value.DataDirectory);
        }

        // Replicas starting together migrate and seed once, one after the other.
        await using var migrationLock = await MigrationLock.AcquireAsync(db.Database, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers work while one writer commits; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(db.Database.ProviderName ?? "?");
        await SeedRolesAsync(db, cancellationToken);
        if (options.Value.DemoData)
        {
            await SeedDemoDataAsync(db, cancellationToken);
            await SeedDemoStaffAsync(db, cancellationToken);
        }

        await Templates.DefaultTemplates.SeedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
    }

    private static async Task SeedRolesAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        var missing = DemoStaff.Roles().Where(r => !existing.Contains(r.Name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Roles.AddRange(missing);
        await SaveOnceAsync(db, async () => await db.Roles.CountAsync(cancellationToken) >= StaffRoles.All.Count, cancellationToken);
    }

    private static async Task SeedDemoStaffAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var account in DemoStaff.Accounts)
        {
            var (user, role, claims) = DemoStaff.Create(account);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
            db.UserClaims.AddRange(claims.Select(c => new IdentityUserClaim<string> { UserId = user.Id, ClaimType = c.Type, ClaimValue = c.Value }));
        }

        await SaveOnceAsync(db, () => db.Users.AnyAsync(cancellationToken), cancellationToken);
    }

    /// <summary>A replica started at the same moment may have written the same rows first.</summary>
    private static async Task SaveOnceAsync(PaknDbContext db, Func<Task<bool>> doneElsewhere, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await doneElsewhere())
            {
                throw;
            }
        }
    }

    private async Task SeedDemoDataAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var units = DemoData.Units();
        db.Units.AddRange(units);
        db.Areas.AddRange(DemoData.Areas());
        db.Fields.AddRange(DemoData.Fields());
        db.RoutingRules.AddRange(DemoData.RoutingRules());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(units.Count);
        }
        catch (DbUpdateException)
        {
            // A replica started at the same moment may have loaded the same data first.
            if (!await OtherProcessSeededAsync(cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> OtherProcessSeededAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return await db.Units.AnyAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private partial void LogMigrated(string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo province: {Units} units")]
    private partial void LogSeeded(int units);
}
