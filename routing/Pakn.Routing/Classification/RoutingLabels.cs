namespace Pakn.Routing.Classification;

/// <summary>
/// Labels the classifier knows besides the field codes: texts that are not PAKN under Decree
/// 20/2008 and must not be processed as such.
/// </summary>
public static class RoutingLabels
{
    /// <summary>Khiếu nại: a complaint against a decision; filed under the Law on Complaints.</summary>
    public const string Complaint = "KHIEU_NAI";

    /// <summary>Tố cáo: a denunciation; the filer's identity is secret (Luật Tố cáo 2018, Điều 47).</summary>
    public const string Denunciation = "TO_CAO";

    /// <summary>Abuse, advertising, gibberish, tests.</summary>
    public const string Spam = "SPAM";

    public static bool IsPakn(string label) => label is not (Complaint or Denunciation or Spam);
}
