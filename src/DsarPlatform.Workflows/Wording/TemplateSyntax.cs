using Fluid;
using Fluid.Ast;
using Microsoft.Extensions.FileProviders;

namespace DsarPlatform.Workflows.Wording;

/// <summary>
/// The Liquid dialect of the wording templates. Emails are written as blocks — <c>{% subject %}</c>,
/// <c>{% paragraph %}</c>, <c>{% link url %}label{% endlink %}</c>, <c>{% list %}{% item %}…{% enditem %}{% endlist %}</c> —
/// that fill one <see cref="Notifications.MailBody"/>, which writes the plain text and the HTML side by side and
/// HTML-encodes every character of a block. Text outside the blocks must be blank, so none is lost unseen.
/// Variables are strict: a misspelt name stops the rendering instead of printing nothing.
/// </summary>
static class TemplateSyntax
{
    public static readonly FluidParser Parser = CreateParser();

    /// <param name="partialsFolder">Where <c>{% include 'name' %}</c> finds <c>name.liquid</c>.</param>
    public static TemplateOptions Options(string partialsFolder) => new()
    {
        StrictVariables = true,
        StrictFilters = true,
        FileProvider = new PhysicalFileProvider(Path.GetFullPath(partialsFolder)),
    };

    /// <param name="shownAs">The file as people know it ("templates/emails/receipt.liquid"), for the messages.</param>
    /// <param name="whyNeeded">Added to the message when the file is missing.</param>
    public static IFluidTemplate Parse(string path, string shownAs, string whyNeeded = "")
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"{shownAs} is missing{whyNeeded}.");
        return Parser.TryParse(File.ReadAllText(path), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"{shownAs} is not valid Liquid: {error}");
    }

    static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        parser.RegisterEmptyBlock("subject", async (statements, _, _, context) =>
        {
            Draft(context).Subject = await TextAsync(statements, context);
            return Completion.Normal;
        });
        parser.RegisterEmptyBlock("paragraph", async (statements, _, _, context) =>
        {
            Draft(context).Body.Paragraph(await TextAsync(statements, context));
            return Completion.Normal;
        });
        parser.RegisterExpressionBlock("link", async (url, statements, _, _, context) =>
        {
            var address = (await url.EvaluateAsync(context)).ToStringValue();
            Draft(context).Body.Link(address, await TextAsync(statements, context));
            return Completion.Normal;
        });
        parser.RegisterEmptyBlock("list", async (statements, _, _, context) =>
        {
            var draft = Draft(context);
            draft.Items = [];
            await BlankAsync(statements, context, "{% list %}");
            draft.Body.List(draft.Items);
            draft.Items = null;
            return Completion.Normal;
        });
        parser.RegisterEmptyBlock("item", async (statements, _, _, context) =>
        {
            var items = Draft(context).Items ?? throw new InvalidOperationException("{% item %} belongs inside {% list %}.");
            items.Add(await TextAsync(statements, context));
            return Completion.Normal;
        });
        return parser;
    }

    static MailDraft Draft(TemplateContext context) =>
        context.AmbientValues.TryGetValue(MailDraft.Key, out var draft) && draft is MailDraft mail
            ? mail
            : throw new InvalidOperationException("Email blocks only work in templates/emails.");

    /// <summary>A block's words as plain text; the body encodes them for HTML.</summary>
    static async Task<string> TextAsync(IReadOnlyList<Statement> statements, TemplateContext context)
    {
        using var text = new StringWriter();
        foreach (var statement in statements) await statement.WriteToAsync(text, NullEncoder.Default, context);
        return text.ToString();
    }

    /// <summary>Renders blocks (items, paragraphs) whose own output must be blank.</summary>
    static async Task BlankAsync(IReadOnlyList<Statement> statements, TemplateContext context, string where)
    {
        var stray = await TextAsync(statements, context);
        if (!string.IsNullOrWhiteSpace(stray)) throw new InvalidOperationException($"Text outside a block in {where}: \"{stray.Trim()}\".");
    }
}
