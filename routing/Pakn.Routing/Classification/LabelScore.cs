namespace Pakn.Routing.Classification;

/// <summary>A label with the model's probability for it.</summary>
public readonly record struct LabelScore(string Label, float Probability);
