using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Audit;

/// <summary>An auditor's successful GET of a request through the staff API is an entry in the chain.</summary>
public sealed class AuditViewEndpointFilter(AuditRecorder recorder) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var succeeded = result is IStatusCodeHttpResult { StatusCode: < 400 } or INestedHttpResult { Result: IStatusCodeHttpResult { StatusCode: < 400 } };
        if (succeeded && http.User.IsInRole(StaffRoles.Auditor) && http.GetRouteValue("reference") is string reference)
            await recorder.RecordViewAsync(http.User, reference, http.Request.Path.Value ?? "", http.RequestAborted);
        return result;
    }
}
