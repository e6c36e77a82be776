using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DsarPlatform.Web.Pages.Requests;

/// <summary>
/// Binds a checkbox as browsers and people send it: a plain HTML checkbox sends "on", the tag helper's sends "true" (with a
/// hidden "false"), scripts send 1 or yes. Anything else is a clear error beside the field; the odd value is not kept as the
/// attempted value, which the checkbox tag helper would fail to parse when the page is shown again (a 500 before).
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    static readonly string[] Ticked = ["true", "on", "1", "yes", "checked"];
    static readonly string[] Unticked = ["false", "off", "0", "no", ""];

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            bindingContext.Result = ModelBindingResult.Success(false);
            return Task.CompletedTask;
        }

        var answers = values.Select(v => (v ?? "").Trim()).ToList();
        if (answers.All(a => Ticked.Contains(a, StringComparer.OrdinalIgnoreCase) || Unticked.Contains(a, StringComparer.OrdinalIgnoreCase)))
        {
            var isTicked = answers.Any(a => Ticked.Contains(a, StringComparer.OrdinalIgnoreCase));
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, isTicked, isTicked ? "true" : "false");
            bindingContext.Result = ModelBindingResult.Success(isTicked);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: "false");
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Tick the box, or leave it empty.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
