using Pakn.Core.Text;

namespace Pakn.Routing.Classification;

/// <summary>
/// What the model sees: normalised (shorthand expanded, personal data masked, emoji dropped),
/// then folded to plain letters, so "đèn đường hỏng", "den duong hong" and "đèn đg hỏng r"
/// share their features.
/// </summary>
public static class ClassifierFeatures
{
    public static string For(string text) => Fold(Normalize(text));

    public static string Normalize(string text) => TextNormalizer.Normalize(text);

    public static string Fold(string normalized) => VietnameseText.Fold(normalized);
}
