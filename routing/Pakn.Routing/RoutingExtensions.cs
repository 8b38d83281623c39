using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Routing.AnswerReview;
using Pakn.Routing.Classification;
using Pakn.Routing.Consumers;

namespace Pakn.Routing;

public static class RoutingExtensions
{
    /// <summary>Routing consumers run only in processes with the routing role.</summary>
    public static IHostApplicationBuilder AddPaknRouting(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RoutingOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Routing"));
        builder.Services.AddSingleton<RoutingTable>();
        builder.Services.AddSingleton<FieldClassifierProvider>();
        builder.Services.AddSingleton<DuplicateIndex>();
        builder.Services.AddSingleton<IFieldSuggester, FieldSuggester>();
        var languageModel = builder.Configuration.GetSection($"{PaknOptions.Section}:Routing:LanguageModel").Get<LanguageModelOptions>();
        if (!string.IsNullOrWhiteSpace(languageModel?.Endpoint))
        {
            // Any OpenAI-compatible server: the OpenAI client pointed at its address (local servers
            // such as Ollama ignore the key, but the client requires one).
            var client = new OpenAIClient(
                new ApiKeyCredential(string.IsNullOrEmpty(languageModel.ApiKey) ? "none" : languageModel.ApiKey),
                new OpenAIClientOptions { Endpoint = new Uri(languageModel.Endpoint), NetworkTimeout = languageModel.Timeout, RetryPolicy = new ClientRetryPolicy(maxRetries: 1) });
            builder.Services.AddSingleton<IChatCompletionService>(sp => new OpenAIChatCompletionService(languageModel.Model, client, sp.GetService<ILoggerFactory>()));
            builder.Services.AddSingleton(sp => new LanguageModelClassifier(sp.GetRequiredService<IChatCompletionService>()));
            builder.Services.AddSingleton(sp => new LanguageModelAnswerReview(
                sp.GetRequiredService<IChatCompletionService>(), sp.GetService<ILogger<LanguageModelAnswerReview>>()));
        }
        if (builder.Configuration.HasPaknRole(PaknRole.Routing))
        {
            builder.Services.AddHostedService<ClassifierWarmup>();
            builder.Services.AddHostedService<ClassifierRetraining>();
            builder.Services.AddPaknConsumers(x => x.AddConsumer<RouteFeedbackConsumer>());
        }

        return builder;
    }
}
