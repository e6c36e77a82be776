namespace DsarPlatform.Workflows.Verification;

/// <summary>What checking a code gave. Only <see cref="Accepted"/> proves anything.</summary>
public enum OneTimeCodeResult
{
    Accepted,
    /// <summary>Wrong code; tries remain.</summary>
    Rejected,
    /// <summary>Too many wrong tries; a new code must be issued.</summary>
    Locked,
    /// <summary>No live code: never issued, expired or already used.</summary>
    Unusable,
}
