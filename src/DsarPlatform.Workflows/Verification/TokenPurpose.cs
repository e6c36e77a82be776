namespace DsarPlatform.Workflows.Verification;

public enum TokenPurpose
{
    Verify,
    /// <summary>No longer issued (answers are given on the status page); kept so rows written before still read.</summary>
    Answer,
    Download,
    /// <summary>Opens the request's status page; redeemed by a POST, which starts a short status session.</summary>
    Status,
}
