using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;
using Pakn.AdminUi.Account;
using Pakn.AdminUi.Components;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Dashboard;
using Pakn.AdminUi.Pages.Items;
using Pakn.AdminUi.Portal;
using Pakn.AdminUi.Tracking;
using Pakn.Core.Data;
using Pakn.Core.Identity;

namespace Pakn.AdminUi;

public static class AdminUiExtensions
{
    /// <summary>Staff sign-in (Identity in the Pakn database) and the Blazor Server staff screens.</summary>
    public static IHostApplicationBuilder AddPaknAdminUi(this IHostApplicationBuilder builder)
    {
        if (builder is WebApplicationBuilder web)
        {
            // From build output (dotnet run, tests) in any environment, serve Blazor's and MudBlazor's
            // files from where the build put them; published output has them in wwwroot and no
            // manifest, so this does nothing there.
            web.WebHost.UseStaticWebAssets();
        }

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<Access.StaffAccess>();
        services.AddScoped<Pages.Queue.QueueQueries>();
        services.AddScoped<Pages.Items.ItemQueries>();
        services.AddScoped<Pages.Items.ItemActions>();
        services.AddScoped<Portal.PortalQueries>();
        services.AddScoped<Pages.Triage.TriageQueries>();
        services.AddScoped<Pages.Entry.StaffEntry>();
        services.AddScoped<Pages.Dashboard.DashboardQueries>();
        services.AddScoped<Pages.Deliveries.FailedDeliveries>();
        services.AddScoped<Pages.Approvals.ApprovalQueries>();
        services.AddScoped<Pages.Templates.TemplateAdmin>();
        services.TryAddSingleton<Core.Attachments.AttachmentStore>();
        services.TryAddSingleton<Portal.PublicPhotoCopies>();
        services.AddPaknAdministration();
        services.AddCascadingAuthenticationState();
        services.AddOptions<StaffSessionOptions>().BindConfiguration(StaffSessionOptions.Section);
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StaffRevalidatingAuthenticationStateProvider>();
        // The cookie checks the same stamp on ordinary requests (downloads, exports, a new circuit).
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<StaffSessionOptions>>((o, sessions) => o.ValidationInterval = sessions.Value.RevalidationInterval);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PaknDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pakn.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            o.LoginPath = "/admin/dang-nhap";
            o.AccessDeniedPath = "/admin/khong-co-quyen";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        return builder;
    }

    public static WebApplication MapPaknAdminUi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapTrackingPage();
        app.MapPublicPortal();
        app.MapPublicEvidence();
        app.MapAccountEndpoints();
        app.MapAttachmentDownload();
        app.MapReportExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
