using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Triage;
using Pakn.Routing.Classification;
using Pakn.Testing;

namespace Pakn.Routing.Tests;

/// <summary>The coordinators' decisions reach the model: stored examples are trained on, on a threshold.</summary>
public class ClassifierRetrainingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_retrain_on_coordinators_examples_once_enough_were_added()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = new SqliteTestDatabase();
        await using var services = database.CreateServices();
        var options = Options.Create(new RoutingOptions { ModelDirectory = SharedRoutingModel.Directory, RetrainAfterExamples = 3 });
        using var provider = new FieldClassifierProvider(
            Options.Create(new PaknOptions { DataDirectory = SharedRoutingModel.Directory }), options,
            NullLogger<FieldClassifierProvider>.Instance, services.GetRequiredService<IServiceScopeFactory>());
        var retraining = new ClassifierRetraining(provider, services.GetRequiredService<IServiceScopeFactory>(), options,
            new FakeTimeProvider(Now), NullLogger<ClassifierRetraining>.Instance);
        // A made-up word only coordinators have used, placed in a field nothing else would suggest.
        const string Word = "zquaxvel wirmboth";
        var first = await provider.GetAsync(ct);
        Assert.NotEqual("NONG_NGHIEP", first.Predict(Word)[0].Label);

        Store(database, $"{Word} lần 1", $"{Word} lần 2");
        Assert.False(await retraining.CheckAsync(ct));
        Assert.Same(first, await provider.GetAsync(ct));

        Store(database, $"{Word} ở thôn 3");
        Assert.True(await retraining.CheckAsync(ct));

        Assert.Equal(3, provider.TrainedOnStoredExamples);
        Assert.Equal("NONG_NGHIEP", (await provider.GetAsync(ct)).Predict(Word)[0].Label);
        Assert.False(await retraining.CheckAsync(ct));
    }

    private static void Store(SqliteTestDatabase database, params string[] texts)
    {
        using var db = database.CreateContext();
        foreach (var text in texts)
        {
            var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, text, null, "P_HAI_CHAU", null, null, null, new Contact(), Now);
            db.Feedback.Add(item);
            db.Set<LabelledExample>().Add(LabelledExample.From(item.Id, null, text, "NONG_NGHIEP", "canbo@phuong.example", Now));
        }

        db.SaveChanges();
    }
}
