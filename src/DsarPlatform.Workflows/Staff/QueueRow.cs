using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// One line of the queue. <see cref="DaysLeft"/> counts local days to the due day (negative when overdue); a paused
/// clock (<see cref="Paused"/>) is never <see cref="Overdue"/>. <see cref="WaitingFor"/> says, in words, what the
/// current step waits on. <see cref="RegimeId"/> and <see cref="RegimeReason"/>: the rules the request follows, and why.
/// </summary>
public sealed record QueueRow(
    string Reference, RequestType Type, InstanceStatus Status, string CurrentStep, string WaitingFor,
    VerificationState Verification, string? AssigneeId, string? AssigneeEmail, DateTime DueAtUtc, int DaysLeft,
    bool Overdue, bool Paused, bool OpenIncident, bool NeedsAction, string Channel, string? AccountId,
    DateTime? ClosedAtUtc, RequestOutcome? Outcome, string RegimeId, string RegimeReason);
