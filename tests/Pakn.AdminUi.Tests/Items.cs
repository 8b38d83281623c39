using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>Items written straight into the host's database, already placed, so scenarios do not wait on routing.</summary>
public static class Items
{
    public const string Phone = "0905 123 456";
    public const string Name = "Nguyễn Văn Bí Mật";

    public static async Task<string> AssignedAsync(PaknWebFactory factory, string unitCode, string content = "Đèn đường hỏng ở kiệt 45", bool confidential = false, string fieldCode = "DO_THI", string areaCode = "P_HAI_CHAU", string? email = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = DateTimeOffset.UtcNow;
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, content, null, areaCode, null, null, null,
            new Contact { Name = Name, Phone = Phone, Email = email }, now);
        if (confidential)
        {
            item.SendToTriage("Có dấu hiệu tố cáo", Actors.Routing, now, confidential: true);
        }

        item.Assign(unitCode, fieldCode, Severity.Normal, now.AddHours(24), now.AddDays(10), Actors.Routing, now);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item.TrackingCode;
    }

    public static async Task<FeedbackItem> ReadAsync(PaknWebFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return db.Feedback.Single(f => f.TrackingCode == code);
    }
}

public static class Publishing
{
    /// <summary>Answers as the unit's officer and publishes as the coordinator, through the real actions.</summary>
    public static async Task<string> AnsweredAndPublishedAsync(PaknWebFactory factory, string content, string answer, string unitCode = "UBND_P_HAI_CHAU", string fieldCode = "DO_THI", string areaCode = "P_HAI_CHAU")
    {
        var code = await Items.AssignedAsync(factory, unitCode, content, fieldCode: fieldCode, areaCode: areaCode);
        await AnswerAsync(factory, code, answer);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        using var services = factory.Services.CreateScope();
        var actions = services.ServiceProvider.GetRequiredService<Pakn.AdminUi.Pages.Items.ItemActions>();
        var view = await services.ServiceProvider.GetRequiredService<Pakn.AdminUi.Pages.Items.ItemQueries>().GetAsync(coordinator, code);
        var outcome = await actions.PublishAsync(coordinator, code, view!.Public!.Question, view.Public.Answer, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
        return code;
    }

    public static async Task AnswerAsync(PaknWebFactory factory, string code, string answer)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = db.Feedback.Single(f => f.TrackingCode == code);
        item.Respond(answer, "staff:test", DateTimeOffset.UtcNow);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
