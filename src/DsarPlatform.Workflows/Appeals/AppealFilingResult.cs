namespace DsarPlatform.Workflows.Appeals;

/// <summary>What filing an appeal did: filed; refused for its input (<see cref="BadInput"/>, shown beside the field); or
/// refused because the request cannot be appealed (any more), which the page then shows.</summary>
public sealed record AppealFilingResult(bool Filed, bool BadInput = false, string? Message = null)
{
    public static readonly AppealFilingResult Done = new(true);

    public static AppealFilingResult Invalid(string message) => new(false, true, message);

    public static AppealFilingResult Refused(string message) => new(false, false, message);
}
