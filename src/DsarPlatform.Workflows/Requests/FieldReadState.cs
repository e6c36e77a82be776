namespace DsarPlatform.Workflows.Requests;

/// <summary>Where a store's read of a field's current value stands.</summary>
public enum FieldReadState
{
    /// <summary>Asked; the store has not answered yet.</summary>
    Pending,
    /// <summary>The store answered with its current value (which may be empty).</summary>
    Read,
    /// <summary>The store could not be read; whether it holds the field is not known.</summary>
    Failed,
    /// <summary>Every store asked answered, and none holds the field.</summary>
    NotHeld,
}
