namespace DsarPlatform.Workflows.Runtime;

/// <summary>What really happened to the work an incident blocked, as the agent who resolved it says.</summary>
public enum IncidentResolutionKind
{
    /// <summary>Staff carried the work out outside the system (the note says how).</summary>
    DoneByHand,
    /// <summary>The data was not erased, on a legal ground the requester is told.</summary>
    NotErased,
}
