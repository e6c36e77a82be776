using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// The calendar years of a "Shine the Light" request, counted in the policy's time zone: the year of receipt (one answer
/// per customer in it) and the year before it (the one the answer covers).
/// </summary>
public static class DisclosureYears
{
    public static int OfReceipt(DsarRequest request, WorkflowPolicy policy) => OfReceipt(request.ReceivedAtUtc, policy);

    public static int OfReceipt(DateTime receivedAtUtc, WorkflowPolicy policy) => Deadline.LocalDay(receivedAtUtc, policy).Year;

    public static int Covered(DsarRequest request, WorkflowPolicy policy) => OfReceipt(request, policy) - 1;
}
