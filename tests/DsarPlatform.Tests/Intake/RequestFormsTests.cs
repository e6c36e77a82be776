using System.Runtime.CompilerServices;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Pages.Requests;
using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Intake;

/// <summary>Every request type has its form, and the start page links to each: a new type without one fails here.</summary>
public sealed class RequestFormsTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task Every_request_type_has_one_form_and_the_start_page_links_to_it()
    {
        var forms = typeof(RequestFormModel).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(RequestFormModel)) && !t.IsAbstract)
            .Select(t => (Model: t, Type: ((RequestFormModel)RuntimeHelpers.GetUninitializedObject(t)).Type)).ToList();
        var pages = App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>().ToList();
        var start = await Api.Client.GetStringAsync("/");

        Assert.That(forms.Select(f => f.Type), Is.EquivalentTo(RequestTypes.Requestable), "one form per type a requester makes (an appeal is filed from a status page)");
        foreach (var (model, type) in forms)
        {
            var page = pages.Single(p => p.ViewEnginePath == $"/Requests/{model.Name[..^"Model".Length]}");
            var path = "/" + page.AttributeRouteInfo!.Template;
            Assert.That(await Api.Client.GetStringAsync(path), Does.Contain("<form method=\"post\""), $"{type}'s form at {path}");
            Assert.That(start, Does.Contain($"href=\"{path}\""), $"the start page links to {type}'s form");
        }
    }
}
