using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using Fluid;

namespace DsarPlatform.Workflows.Wording;

/// <summary>
/// Every request type's wording, one Liquid file per type in <c>templates/requests</c> named by its key, each sentence a
/// <c>{% capture name %}</c>. Parsed once at start; a type without its file stops the start.
/// Values a sentence may use: <c>propagation_days</c> (the definition's Wait, in days) and <c>wait_until</c> (the wait's
/// end as a local date); both are empty where the caller has no definition or no wait.
/// </summary>
public sealed class RequestWordings
{
    readonly TemplateOptions _options;
    readonly Dictionary<RequestType, IFluidTemplate> _templates = [];

    /// <param name="folder">The templates folder; its <c>requests</c> folder holds the files.</param>
    public RequestWordings(string folder)
    {
        var requests = Path.Combine(folder, "requests");
        _options = TemplateSyntax.Options(folder);
        foreach (var type in RequestTypes.All)
        {
            _templates[type] = TemplateSyntax.Parse(Path.Combine(requests, $"{type.Key()}.liquid"), $"templates/requests/{type.Key()}.liquid",
                $": every request type needs its wording, and RequestType.{type} has none");
        }
    }

    public RequestWording For(RequestType type, WorkflowDefinition? definition = null, DateTime? waitUntilUtc = null, string? regimeId = null)
    {
        var context = new TemplateContext(_options);
        context.SetValue("propagation_days", definition is null ? "" : RequesterWords.PropagationDays(definition));
        context.SetValue("wait_until", definition is not null && waitUntilUtc is { } until ? RequesterWords.LocalDate(until, definition.PolicyFor(regimeId)) : "");
        try
        {
            _templates[type].Render(context, NullEncoder.Default, isolateContext: false);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException)
        {
            throw new InvalidOperationException($"templates/requests/{type.Key()}.liquid: {e.Message}", e);
        }
        var sentences = RequestWording.Names
            .Select(name => (name, value: context.GetValue(name)))
            .Where(s => !s.value.IsNil())
            .ToDictionary(s => s.name, s => s.value.ToStringValue().Trim());
        return new RequestWording(type, sentences);
    }

    /// <summary>
    /// At start: every type's template renders (a misspelt value stops it) and holds the sentences its current
    /// workflow needs.
    /// </summary>
    public void Validate(IEnumerable<WorkflowDefinition> current)
    {
        var definitions = current.ToList();
        foreach (var type in RequestTypes.All)
        {
            var definition = definitions.FirstOrDefault(d => d.RequestType == type.Key());
            var wording = For(type, definition, definition is null ? null : DateTime.UnixEpoch);
            foreach (var name in RequestWording.Needed(definition)) wording.Sentence(name);
        }
    }
}
