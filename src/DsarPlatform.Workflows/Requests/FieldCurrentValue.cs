namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// One store's current value of a field a correction asks to change, for staff deciding it. <see cref="Store"/> is null
/// only for <see cref="FieldReadState.NotHeld"/>; <see cref="Value"/> is set only when <see cref="FieldReadState.Read"/>,
/// and null then when the store holds the field but has no value; <see cref="ReadAtUtc"/> is when the store answered.
/// </summary>
public sealed record FieldCurrentValue(string Field, string? Store, string? Value, FieldReadState State, DateTime? ReadAtUtc);
