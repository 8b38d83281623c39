using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Intake;

namespace Pakn.Routing.Classification;

/// <summary>
/// The routing classifier asked during the chat: the fields it ranks highest, with their names,
/// and whether the text reads like khiếu nại, tố cáo or spam instead of PAKN.
/// </summary>
public sealed class FieldSuggester(FieldClassifierProvider classifiers, IServiceScopeFactory scopes) : IFieldSuggester
{
    public async Task<FieldSuggestion> SuggestAsync(string text, CancellationToken cancellationToken)
    {
        var classifier = await classifiers.GetAsync(cancellationToken);
        var ranked = classifier.Predict(text);
        if (ranked.Count == 0)
        {
            return FieldSuggestion.None;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var names = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, cancellationToken);
        var fields = ranked
            .Where(s => RoutingLabels.IsPakn(s.Label) && names.ContainsKey(s.Label))
            .Select(s => new SuggestedField(s.Label, names[s.Label], s.Probability))
            .ToList();
        var notPakn = ranked.FirstOrDefault(s => !RoutingLabels.IsPakn(s.Label));
        var kind = notPakn.Label switch
        {
            RoutingLabels.Complaint => OutOfScopeKind.Complaint,
            RoutingLabels.Denunciation => OutOfScopeKind.Denunciation,
            RoutingLabels.Spam => OutOfScopeKind.Spam,
            _ => OutOfScopeKind.None,
        };
        return new FieldSuggestion(fields, kind, kind == OutOfScopeKind.None ? 0 : notPakn.Probability);
    }
}
