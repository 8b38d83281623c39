using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>An SVG &lt;text&gt; element: Razor reads &lt;text&gt; inside code blocks as its own tag.</summary>
public sealed class SvgLabel : ComponentBase
{
    [Parameter] public string X { get; set; } = "0";
    [Parameter] public string Y { get; set; } = "0";
    [Parameter] public string Anchor { get; set; } = "start";
    [Parameter] public string Value { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X);
        builder.AddAttribute(2, "y", Y);
        builder.AddAttribute(3, "font-size", "11");
        builder.AddAttribute(4, "text-anchor", Anchor);
        builder.AddContent(5, Value);
        builder.CloseElement();
    }
}
