namespace Pakn.Core.Feedback;

/// <summary>How the item reached us; replies go back the same way.</summary>
public enum Channel
{
    WebChat,
    Zalo,
    Api,
    Hotline,
    Counter,
    Email,
    MailBox,
}
