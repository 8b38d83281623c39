using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Access;

public static class FeedbackVisibility
{
    /// <summary>Only the items this person may read; an item outside it does not exist for them.</summary>
    public static IQueryable<FeedbackItem> VisibleTo(this IQueryable<FeedbackItem> items, StaffScope scope)
    {
        if (scope.SeesAllUnits)
        {
            return items;
        }

        if (!scope.IsUnitStaff || scope.Units.Count == 0)
        {
            return items.Where(_ => false);
        }

        var units = scope.Units.ToList();
        return items.Where(f => f.UnitCode != null && units.Contains(f.UnitCode));
    }
}
