namespace DsarPlatform.Workflows.Definitions;

/// <summary>How a policy's days count: every day, or business days only (Monday to Friday, not the policy's holidays).</summary>
public enum DayCounting
{
    Calendar,
    Business,
}
