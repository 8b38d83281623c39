using Pakn.Core.Calendar;

namespace Pakn.Core.Sla;

/// <summary>
/// A policy applied on the working calendar: where each clock's deadline and warning point
/// fall. First response counts wall-clock hours from receipt (khẩn: working hours, never later
/// than the wall-clock promise); resolution counts the policy's working days (or the field's)
/// or, for khẩn, working hours; forward and update count working days.
/// </summary>
public sealed record SlaTerms(SlaPolicy Policy, WorkingCalendar Calendar, int FieldResolutionDays = 10)
{
    public DateTimeOffset FirstResponseDue(DateTimeOffset receivedAt)
    {
        var wall = receivedAt + TimeSpan.FromHours(Policy.FirstResponseHours);
        if (Policy.FirstResponseWorkingHours is { } hours)
        {
            var working = Calendar.AddWorkingTime(receivedAt, TimeSpan.FromHours(hours));
            return working < wall ? working : wall;
        }

        return wall;
    }

    public DateTimeOffset ResolutionDue(DateTimeOffset stageStart) =>
        Policy.ResolutionWorkingHours is { } hours
            ? Calendar.AddWorkingTime(stageStart, TimeSpan.FromHours(hours))
            : Calendar.AddWorkingDays(stageStart, Math.Max(1, Policy.ResolutionWorkingDays ?? FieldResolutionDays));

    public DateTimeOffset ForwardDue(DateTimeOffset assignedAt) =>
        Calendar.AddWorkingDays(assignedAt, Math.Max(1, Policy.ForwardWorkingDays));

    public DateTimeOffset UpdateDue(DateTimeOffset lastUpdate) =>
        Calendar.AddWorkingDays(lastUpdate, Math.Max(1, Policy.UpdateIntervalWorkingDays));

    /// <summary>The warning point of a wall-clock span: its share of the wall time.</summary>
    public DateTimeOffset WallWarnPoint(DateTimeOffset start, DateTimeOffset due) =>
        start + ((due - start) * Policy.WarningShare);

    /// <summary>The warning point of a working-time span: its share of the working time.</summary>
    public DateTimeOffset WorkingWarnPoint(DateTimeOffset start, DateTimeOffset due)
    {
        var span = Calendar.WorkingTimeBetween(start, due);
        return span <= TimeSpan.Zero ? due : Calendar.AddWorkingTime(start, span * Policy.WarningShare);
    }

    /// <summary>Moves a paused deadline on by the working time that passed while paused.</summary>
    public DateTimeOffset Shift(DateTimeOffset due, DateTimeOffset pausedAt, DateTimeOffset resumedAt)
    {
        var paused = Calendar.WorkingTimeBetween(pausedAt, resumedAt);
        return paused <= TimeSpan.Zero ? due : Calendar.AddWorkingTime(due, paused);
    }
}
