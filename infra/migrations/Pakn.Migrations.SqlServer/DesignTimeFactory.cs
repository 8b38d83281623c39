using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pakn.Core.Data;
using Pakn.Core.Hosting;

namespace Pakn.Migrations.SqlServer;

/// <summary>Used only by dotnet-ef to generate this provider's migrations; no database is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PaknDbContext>
{
    public PaknDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=pakn_design;Trusted_Connection=True;TrustServerCertificate=True");
        return new PaknDbContext(options.Options);
    }
}
