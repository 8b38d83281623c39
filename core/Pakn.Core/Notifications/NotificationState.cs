namespace Pakn.Core.Notifications;

public enum NotificationState
{
    Pending,
    Delivered,

    /// <summary>Given up: shown to staff among failed deliveries.</summary>
    Failed,
}

/// <summary>Who a notification is for.</summary>
public enum RecipientKind
{
    Citizen,
    Staff,
}
