using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Tests.Drp;

/// <summary>Our states and outcomes as DRP 1.0 states (the table in the README).</summary>
public sealed class DrpStatusMapTests
{
    static readonly DateTime Received = new(2026, 11, 2, 17, 0, 0, DateTimeKind.Utc);
    static readonly DateTime Due = new(2026, 12, 2, 23, 59, 59, DateTimeKind.Utc);

    [TestCase(InstanceStatus.Received, false, null, null, "open")]
    [TestCase(InstanceStatus.Waiting, false, null, null, "in_progress/need_user_verification")]
    [TestCase(InstanceStatus.Waiting, true, null, null, "in_progress")]
    [TestCase(InstanceStatus.Faulted, true, null, null, "in_progress")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Fulfilled, null, "fulfilled")]
    [TestCase(InstanceStatus.Completed, false, RequestOutcome.Withdrawn, null, "revoked")]
    [TestCase(InstanceStatus.Completed, false, RequestOutcome.NotConfirmed, null, "denied/insuf_verification")]
    [TestCase(InstanceStatus.Completed, false, RequestOutcome.NoMatchingAccount, null, "denied/no_match")]
    [TestCase(InstanceStatus.Completed, false, RequestOutcome.LinkedToOpenRequest, null, "denied/too_many_requests")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, DenialCodes.InsufficientVerification, "denied/insuf_verification")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, DenialCodes.NotACustomer, "denied/no_match")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, DenialCodes.LegalExemption, "denied/claim_not_covered")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, DenialCodes.Duplicate, "denied/too_many_requests")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, DenialCodes.ManifestlyUnfoundedOrExcessive, "denied/too_many_requests")]
    [TestCase(InstanceStatus.Completed, true, RequestOutcome.Denied, "a-code-added-later", "denied/other")]
    public void Our_state_maps_to_the_drp_state(InstanceStatus instanceStatus, bool verified, RequestOutcome? outcome, string? denialCode, string expected)
    {
        var (drp, request, instance) = Case(instanceStatus, verified, outcome, denialCode);
        var status = DrpStatusMap.For(drp, request, instance);
        Assert.That(status.Reason is null ? status.Status : $"{status.Status}/{status.Reason}", Is.EqualTo(expected));
        Assert.That(status.ExpectedBy?.UtcDateTime, Is.EqualTo(expected.StartsWith("in_progress") ? Due : (DateTime?)null),
            "expected_by once in progress, and only then");
    }

    [Test]
    public void A_request_confirmed_by_email_that_waits_for_our_staffs_check_is_in_progress_not_waiting_for_the_user()
    {
        var (drp, request, instance) = Case(InstanceStatus.Waiting, false, null, null);
        instance.BookmarkKind = BookmarkKind.Signal;
        instance.BookmarkKey = DsarPlatform.Workflows.Activities.VerifyIdentityActivity.VerifiedByAgentSignal;
        var status = DrpStatusMap.For(drp, request, instance);
        Assert.That((status.Status, status.Reason), Is.EqualTo(("in_progress", (string?)null)));
        Assert.That(status.ProcessingDetails, Does.Contain("our team is now checking"));
    }

    [Test]
    public void An_extension_is_explained_in_the_processing_details_and_changes_the_key()
    {
        var (drp, request, instance) = Case(InstanceStatus.Waiting, true, null, null);
        var before = DrpStatusMap.For(drp, request, instance);
        request.ExtendedAtUtc = Received.AddDays(20);
        request.ExtendedByDays = 45;
        request.ExtensionReason = "Many records across our systems";
        request.DueAtUtc = Due.AddDays(45);
        var after = DrpStatusMap.For(drp, request, instance);
        Assert.That(after.ProcessingDetails, Does.Contain("extended on 2026-11-22 by 45 days: Many records across our systems"));
        Assert.That(DrpStatusMap.KeyOf(after), Is.Not.EqualTo(DrpStatusMap.KeyOf(before)), "a callback is owed");
    }

    static (DrpRequest, DsarRequest, WorkflowInstance) Case(InstanceStatus status, bool verified, RequestOutcome? outcome, string? denialCode)
    {
        var request = new DsarRequest
        {
            Reference = "R-TEST", Channel = IntakeChannels.AuthorizedAgent, SubmittedEmail = "a@example.com", SubmittedName = "A",
            ReceivedAtUtc = Received, DueAtUtc = Due, VerifiedAtUtc = verified ? Received : null, Outcome = outcome, DenialCode = denialCode,
            ClosedAtUtc = outcome is null ? null : Received.AddDays(3),
        };
        var instance = new WorkflowInstance { RequestId = request.Id, DefinitionId = "deletion", CurrentStep = "verify", Status = status };
        var drp = new DrpRequest { AgentId = "A", RequestId = request.Id, Exercise = "deletion", ReceivedAtUtc = Received, Status = "open" };
        return (drp, request, instance);
    }
}
