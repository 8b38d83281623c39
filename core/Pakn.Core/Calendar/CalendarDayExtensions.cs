using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pakn.Core.Calendar;

public static class CalendarDayExtensions
{
    /// <summary>Folds the administrators' calendar days into the working calendar's options (see <see cref="CalendarDayOverrides"/>).</summary>
    public static IServiceCollection AddCalendarDays(this IServiceCollection services)
    {
        services.AddSingleton<CalendarDayOverrides>();
        services.AddSingleton<IPostConfigureOptions<WorkingCalendarOptions>>(sp => sp.GetRequiredService<CalendarDayOverrides>());
        services.AddSingleton<IOptionsChangeTokenSource<WorkingCalendarOptions>>(sp => sp.GetRequiredService<CalendarDayOverrides>());
        return services;
    }
}
