using DsarPlatform.Workflows.Requests;
using Fluid;

namespace DsarPlatform.Workflows.Wording;

/// <summary>
/// What the requester reads for each denial code: one Liquid file per code in <c>templates/denials</c>, holding
/// <c>{% capture reason %}</c>. Parsed once at start; a code without its file (or its sentence) stops the start.
/// Value a text may use: <c>ground</c>, the exemption the agent named (legal-exemption), empty for the other codes.
/// </summary>
public sealed class DenialTexts
{
    readonly TemplateOptions _options;
    readonly Dictionary<string, IFluidTemplate> _templates = [];

    /// <param name="folder">The templates folder; its <c>denials</c> folder holds the files.</param>
    public DenialTexts(string folder)
    {
        _options = TemplateSyntax.Options(folder);
        foreach (var code in DenialCodes.All)
        {
            _templates[code.Code] = TemplateSyntax.Parse(Path.Combine(folder, "denials", $"{code.Code}.liquid"), Shown(code),
                $": every denial code needs the words the requester reads, and '{code.Code}' has none");
        }
        foreach (var code in DenialCodes.All) Reason(code, code.NeedsGround ? "a ground" : null);
    }

    /// <summary>The reason the requester reads for <paramref name="code"/>, with the agent's <paramref name="ground"/> where the code takes one.</summary>
    public string Reason(DenialCode code, string? ground)
    {
        var context = new TemplateContext(_options);
        context.SetValue("ground", ground ?? "");
        try
        {
            _templates[code.Code].Render(context, NullEncoder.Default, isolateContext: false);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{Shown(code)}: {e.Message}", e);
        }
        var reason = context.GetValue("reason");
        return reason.IsNil() || reason.ToStringValue().Trim() is not { Length: > 0 } text
            ? throw new InvalidOperationException($"{Shown(code)} has no 'reason': add {{% capture reason %}}…{{% endcapture %}}.")
            : text;
    }

    static string Shown(DenialCode code) => $"templates/denials/{code.Code}.liquid";
}
