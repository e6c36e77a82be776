namespace DsarPlatform.Web.Pages.Shared;

/// <summary>
/// What <c>_ResidenceFields</c> shows: the stated country and US state (posted as <c>Country</c> and <c>State</c>), and
/// the request type whose regimes' periods the hint names (none on the staff intake, where the type is chosen on the page).
/// </summary>
public sealed record ResidenceFields(string? Country, string? State, Workflows.Requests.RequestType? Type = null);
