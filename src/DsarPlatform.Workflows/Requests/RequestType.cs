namespace DsarPlatform.Workflows.Requests;

/// <summary>The rights a data subject can exercise; each maps to a workflow definition.</summary>
public enum RequestType
{
    Access,
    Correction,
    Deletion,
    /// <summary>An appeal against a denied request, filed from that request's status page (never at intake).</summary>
    Appeal,
    /// <summary>California's "Shine the Light" (Civil Code 1798.83): which personal information went to third parties for their direct marketing.</summary>
    Disclosures,
}
