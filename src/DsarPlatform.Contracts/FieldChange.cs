namespace DsarPlatform.Contracts;

/// <summary>One accepted correction: a field of <see cref="SubjectFields"/> and its new value.</summary>
public sealed record FieldChange(string Field, string NewValue);
