using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Pakn.AdminUi.Tracking;

namespace Pakn.AdminUi;

public static class AdminUiExtensions
{
    /// <summary>Staff screens arrive with the admin-UI issue; the public tracking page is here now.</summary>
    public static IHostApplicationBuilder AddPaknAdminUi(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapPaknAdminUi(this WebApplication app)
    {
        app.MapTrackingPage();
        return app;
    }
}
