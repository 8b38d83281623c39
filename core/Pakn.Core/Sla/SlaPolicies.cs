using Microsoft.EntityFrameworkCore;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.Core.Sla;

/// <summary>
/// Reads and versions SLA policies. The most specific current policy applies to a new item
/// (field and severity, then field, then severity, then the default); an item already started
/// keeps the version whose id it stores.
/// </summary>
public sealed class SlaPolicies(PaknDbContext db, WorkingCalendars calendars, TimeProvider time)
{
    public Task<List<SlaPolicy>> CurrentAsync(CancellationToken cancellationToken) =>
        db.SlaPolicies.AsNoTracking().Where(p => p.SupersededAt == null)
            .OrderBy(p => p.FieldCode).ThenBy(p => p.Severity).ToListAsync(cancellationToken);

    /// <summary>Every version of one scope, newest first.</summary>
    public Task<List<SlaPolicy>> HistoryAsync(string? fieldCode, Severity? severity, CancellationToken cancellationToken)
    {
        var scope = SlaPolicy.ScopeOf(fieldCode, severity);
        return db.SlaPolicies.AsNoTracking().Where(p => p.Scope == scope)
            .OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
    }

    public async Task<SlaPolicy> CurrentForAsync(string? fieldCode, Severity severity, CancellationToken cancellationToken) =>
        MostSpecific(await CurrentAsync(cancellationToken), fieldCode, severity);

    public static SlaPolicy MostSpecific(IEnumerable<SlaPolicy> current, string? fieldCode, Severity severity) =>
        current
            .Where(p => (p.FieldCode is null || p.FieldCode == fieldCode) && (p.Severity is null || p.Severity == severity))
            .OrderByDescending(p => (p.FieldCode is null ? 0 : 2) + (p.Severity is null ? 0 : 1))
            .FirstOrDefault()
        ?? throw new InvalidOperationException("No current SLA policy applies; the default policy is seeded by migrations.");

    /// <summary>The terms for a new item of this field and severity.</summary>
    public async Task<SlaTerms> NewTermsAsync(string? fieldCode, Severity severity, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var policy = await CurrentForAsync(fieldCode, severity, cancellationToken);
        return new SlaTerms(policy, calendars.At(receivedAt), await FieldDaysAsync(fieldCode, cancellationToken));
    }

    /// <summary>The terms an item started with, on today's calendar.</summary>
    public async Task<SlaTerms> TermsForAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var policy = item.SlaPolicyId is { } id
            ? await db.SlaPolicies.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken)
            : await CurrentForAsync(item.FieldCode, item.Severity, cancellationToken);
        return new SlaTerms(policy, calendars.At(time.GetUtcNow()), await FieldDaysAsync(item.FieldCode, cancellationToken));
    }

    private async Task<int> FieldDaysAsync(string? fieldCode, CancellationToken cancellationToken) =>
        fieldCode is null
            ? 10
            : await db.Fields.Where(f => f.Code == fieldCode).Select(f => (int?)f.ResolutionDays).SingleOrDefaultAsync(cancellationToken) ?? 10;

    /// <summary>
    /// Saves the draft as the next version of its scope and supersedes the current one. Items
    /// already running keep their version. Two administrators saving at once: one wins, the
    /// other is told to reload.
    /// </summary>
    public async Task<SlaPolicySaveResult> SaveNewVersionAsync(SlaPolicyDraft draft, string actor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(draft.Validate());
        var fieldCode = string.IsNullOrWhiteSpace(draft.FieldCode) ? null : draft.FieldCode.Trim();
        if (fieldCode is not null && !await db.Fields.AnyAsync(f => f.Code == fieldCode, cancellationToken))
        {
            errors[nameof(SlaPolicyDraft.FieldCode)] = "Lĩnh vực không tồn tại.";
        }

        if (errors.Count > 0)
        {
            return new SlaPolicySaveResult(null, errors);
        }

        var now = time.GetUtcNow();
        var scope = SlaPolicy.ScopeOf(fieldCode, draft.Severity);
        var current = await db.SlaPolicies.Where(p => p.Scope == scope && p.SupersededAt == null).SingleOrDefaultAsync(cancellationToken);
        var lastVersion = await db.SlaPolicies.Where(p => p.Scope == scope).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
        current?.SupersededAt = now;
        var saved = new SlaPolicy
        {
            FieldCode = fieldCode,
            Severity = draft.Severity,
            Scope = scope,
            Version = lastVersion + 1,
            FirstResponseHours = draft.FirstResponseHours,
            FirstResponseWorkingHours = draft.FirstResponseWorkingHours,
            ResolutionWorkingDays = draft.ResolutionWorkingDays,
            ResolutionWorkingHours = draft.ResolutionWorkingHours,
            ForwardWorkingDays = draft.ForwardWorkingDays,
            UpdateIntervalWorkingDays = draft.UpdateIntervalWorkingDays,
            WarningShare = draft.WarningShare,
            Note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim(),
            CreatedAt = now,
            CreatedBy = actor,
        };
        db.SlaPolicies.Add(saved);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SlaPolicySaveResult(saved, errors);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors[""] = "Chính sách này vừa được người khác sửa. Vui lòng tải lại trang rồi lưu lại.";
            return new SlaPolicySaveResult(null, errors);
        }
    }
}
