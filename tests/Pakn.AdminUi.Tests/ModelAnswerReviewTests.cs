using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Host.Tests;
using Pakn.Routing.AnswerReview;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// With a language model configured, an answer the local rules accept is also reviewed by the
/// model; its objection holds the answer back like a local one, and the officer's note overrides
/// it without a second call. (The HTTP side of the model is pinned in Pakn.Routing.Tests against
/// a local OpenAI-compatible server; here the chat service is a scripted one.)
/// </summary>
public sealed class ModelAnswerReviewTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string HaiChau = "UBND_P_HAI_CHAU";
    private const string Concrete = "Ngày 21/11/2026 Đội quản lý đô thị phường đã sửa đèn tại kiệt 45; đầu mối là ông Trần Văn B.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_hold_back_an_answer_the_model_finds_evasive_even_when_local_rules_pass()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Đèn đường hỏng ở kiệt 45");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var chat = new ScriptedChat("CHUA_DAT: không trả lời việc đèn ở kiệt 45 đã sáng lại chưa");

        var outcome = await ActAsync(chat, a => a.RespondAsync(officer, code, Concrete, Ct));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Warnings, w => w.StartsWith(LanguageModelAnswerReview.ReasonPrefix, StringComparison.Ordinal));
        Assert.Equal(1, chat.Calls);
        Assert.NotEqual(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_send_without_asking_the_model_again_when_the_officer_confirms_with_a_note()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Đèn đường hỏng ở kiệt 46");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var chat = new ScriptedChat("CHUA_DAT: chung chung");

        var outcome = await ActAsync(chat, a => a.RespondAsync(officer, code, Concrete, "Đã kiểm tra tại chỗ, đèn sáng lại", Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(0, chat.Calls);
        Assert.Equal(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_send_when_the_model_passes_the_answer()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Đèn đường hỏng ở kiệt 47");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var chat = new ScriptedChat("DAT");

        var outcome = await ActAsync(chat, a => a.RespondAsync(officer, code, Concrete, Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(1, chat.Calls);
    }

    private async Task<ActionOutcome> ActAsync(IChatCompletionService chat, Func<ItemActions, Task<ActionOutcome>> act)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var actions = new ItemActions(
            services.GetRequiredService<PaknDbContext>(), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<DeadlineExtensions>(), services.GetRequiredService<AttachmentStore>(),
            services.GetRequiredService<StaffAccess>(), new LanguageModelAnswerReview(chat));
        return await act(actions);
    }

    private sealed class ScriptedChat(string reply) : IChatCompletionService
    {
        public int Calls { get; private set; }

        public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

        public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        }

        public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
            ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
