using Pakn.AdminUi;
using Pakn.Bot;
using Pakn.Core.Hosting;
using Pakn.Handlers;
using Pakn.Host;
using Pakn.Routing;

var builder = WebApplication.CreateBuilder(args);
builder.AddPaknCore();
builder.AddPaknRouting();
builder.AddPaknHandlers();
builder.AddPaknBot();
builder.AddPaknAdminUi();
builder.AddPaknMessaging();

var app = builder.Build();
if (await HostCommands.TryRunAsync(app, args))
{
    return;
}

app.MapPaknCore();
if (app.Configuration.HasPaknRole(PaknRole.Web))
{
    app.MapPaknBot();
    app.MapPaknAdminUi();
}

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
