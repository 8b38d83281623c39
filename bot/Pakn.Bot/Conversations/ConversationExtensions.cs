using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pakn.Core.Attachments;

namespace Pakn.Bot.Conversations;

public static class ConversationExtensions
{
    /// <summary>The conversation engine every chat transport talks to, and its attachment store.</summary>
    public static IServiceCollection AddPaknConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<IConversationEngine, ConversationEngine>();
        services.Configure<ChatRetentionOptions>(configuration.GetSection(ChatRetentionOptions.Section));
        services.AddSingleton<ChatRetention>();
        return services;
    }
}
