namespace DsarPlatform.Web.Pages.Requests;

/// <summary>One row of the correction form.</summary>
public sealed class ChangeRow
{
    public string? Field { get; set; }
    public string? NewValue { get; set; }
    public string? Why { get; set; }
}
