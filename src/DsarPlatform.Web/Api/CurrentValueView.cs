namespace DsarPlatform.Web.Api;

/// <summary>
/// A store's current value of a field the correction asks to change (<see cref="Workflows.Requests.FieldCurrentValue"/>):
/// <see cref="State"/> is Pending, Read, Failed (could not be read) or NotHeld (no store holds it).
/// </summary>
public sealed record CurrentValueView(string Field, string? Store, string? Value, string State, DateTime? ReadAtUtc);
