using Microsoft.AspNetCore.Mvc.Filters;

namespace DsarPlatform.Web.Audit;

/// <summary>Every successful GET of an /Audit page about one request (a <c>reference</c> route value) is an entry in the chain.</summary>
public sealed class AuditViewPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || executed.Exception is not null && !executed.ExceptionHandled) return;
        if (context.RouteData.Values["reference"] is not string reference) return;
        if (executed.Result is Microsoft.AspNetCore.Mvc.Infrastructure.IStatusCodeActionResult { StatusCode: >= 400 }) return;
        await http.RequestServices.GetRequiredService<AuditRecorder>()
            .RecordViewAsync(http.User, reference, context.ActionDescriptor.ViewEnginePath, http.RequestAborted);
    }
}
