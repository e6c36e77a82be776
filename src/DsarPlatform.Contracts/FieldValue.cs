namespace DsarPlatform.Contracts;

/// <summary>
/// A field a store holds and its current value, sealed in a <see cref="ReadSubjectFields"/> outcome. A null
/// <see cref="Value"/>: the store holds the field but has no value for the account (none given, or erased).
/// </summary>
public sealed record FieldValue(string Field, string? Value);
