namespace DsarPlatform.Workflows.Verification;

public enum TokenPurpose
{
    Verify,
    Answer,
    Download,
}
