using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;

namespace Pakn.Host;

/// <summary>Tells whoever started Pakn where to point a browser, in both languages.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<IOptions<PaknOptions>>().Value;
        var baseUrl = (addresses.FirstOrDefault() ?? "http://localhost:5080").Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        Console.WriteLine($"""

            Pakn đang chạy / Pakn is running at {baseUrl}
              vai trò / roles:      {options.Roles}
              CSDL / database:      {options.Database.Provider} · hàng đợi / bus: {options.Bus.Transport}
              sức khỏe / health:    {baseUrl}/health
              gửi phản ánh / API:   POST {baseUrl}/api/feedback · Open311: {baseUrl}/open311/v2/services.json
              tra cứu / tracking:   {baseUrl}/tra-cuu
              trò chuyện / web chat: {baseUrl}/ · Direct Line: {baseUrl}/v3/directline
              quản trị / admin:     {baseUrl}/admin (đang xây dựng / coming with the admin-UI issue)
            Nhấn Ctrl+C để dừng / press Ctrl+C to stop.
            """);
    }
}
