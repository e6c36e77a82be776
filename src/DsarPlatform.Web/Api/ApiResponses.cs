namespace DsarPlatform.Web.Api;

/// <summary>The answers the API document lists for endpoints that share a result mapping.</summary>
static class ApiResponses
{
    /// <summary>A staff action's answers (<see cref="StaffActionsApi.Run(Task{DsarPlatform.Workflows.Staff.StaffActionResult})"/>).</summary>
    public static RouteHandlerBuilder StaffAction(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
