namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Section <c>Packages:Report</c>: who the person is dealing with and where to complain. These are the
/// company's words, so they are configuration, not constants in the report.
/// </summary>
public sealed class AccessReportOptions
{
    public string Organisation { get; set; } = "the company";
    public string PrivacyContact { get; set; } = "privacy@dsar.local";
    public string SupervisoryAuthority { get; set; } =
        "the data protection supervisory authority of the country where you live, where you work or where you think the law was broken";
}
