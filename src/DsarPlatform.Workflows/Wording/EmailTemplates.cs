using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using Fluid;

namespace DsarPlatform.Workflows.Wording;

/// <summary>
/// The emails to requesters: one Liquid file each in <c>templates/emails</c> (a name starting with "_" is a part that
/// others include), parsed once at start. The reply emails are named by the definitions' NotifySubject steps.
/// </summary>
public sealed class EmailTemplates
{
    /// <summary>The emails the code sends by name, whatever the definitions say.</summary>
    public static readonly IReadOnlyList<string> Required =
    [
        "verification", "receipt", "holder-notice", "linked-to-open-request", "new-status-link", "extension",
        "information-needed", "denial", "download-code", "download-link-closed", "_status-link", "deadline-notice",
        "receipt-confirmation",
        "appeal-upheld", "appeal-reversed",
        EmailComposer.AnsweredEarlierTemplate,
    ];

    readonly TemplateOptions _options;
    readonly Dictionary<string, IFluidTemplate> _templates;

    /// <param name="folder">The templates folder; its <c>emails</c> folder holds the files.</param>
    public EmailTemplates(string folder)
    {
        var emails = Path.Combine(folder, "emails");
        if (!Directory.Exists(emails)) throw new InvalidOperationException($"The email templates folder {emails} is missing.");
        _options = TemplateSyntax.Options(emails);
        _templates = Directory.GetFiles(emails, "*.liquid").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToDictionary(name => name, name => TemplateSyntax.Parse(Path.Combine(emails, $"{name}.liquid"), Shown(name)));
        foreach (var name in Required) Get(name);
    }

    /// <param name="model">The values the template may use, by their Liquid names (snake_case).</param>
    public EmailContent Render(string name, IReadOnlyDictionary<string, object> model)
    {
        var template = Get(name);
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model) context.SetValue(key, value);
        var draft = new MailDraft(name);
        context.AmbientValues[MailDraft.Key] = draft;
        string stray;
        try
        {
            stray = template.Render(context, NullEncoder.Default);
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{Shown(name)}: {e.Message}", e);
        }
        if (!string.IsNullOrWhiteSpace(stray))
            throw new InvalidOperationException($"{Shown(name)} has text outside its blocks: \"{stray.Trim()}\".");
        return draft.Build();
    }

    /// <summary>At start: every email that a current definition's step names has its template.</summary>
    public void Validate(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions)
        foreach (var step in definition.Steps.Where(s => s.Template is not null))
        {
            if (!_templates.ContainsKey(step.Template!))
                throw new InvalidOperationException(
                    $"{Shown(step.Template!)} is missing: step '{step.Name}' of workflow '{definition.Id}' v{definition.Version} sends it.");
        }
    }

    IFluidTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"{Shown(name)} is missing.");

    static string Shown(string name) => $"templates/emails/{name}.liquid";
}
