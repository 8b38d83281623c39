using Microsoft.Extensions.DependencyInjection;

namespace Pakn.AdminUi.Pages.Administration;

public static class AdministrationExtensions
{
    /// <summary>The administrators' screens (/admin/quan-tri/…): one service per screen, each checking the role itself.</summary>
    public static IServiceCollection AddPaknAdministration(this IServiceCollection services)
    {
        services.AddScoped<Units.UnitAdministration>();
        services.AddScoped<Routing.RoutingAdministration>();
        services.AddScoped<Sla.SlaAdministration>();
        services.AddScoped<Holidays.HolidayAdministration>();
        services.AddScoped<Users.UserAdministration>();
        services.AddScoped<ApiKeys.ApiKeyAdministration>();
        return services;
    }
}
