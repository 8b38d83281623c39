using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pakn.Core.Data;

namespace Pakn.Core.Hosting;

internal sealed class DatabaseHealthCheck(PaknDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Database unreachable");
}
