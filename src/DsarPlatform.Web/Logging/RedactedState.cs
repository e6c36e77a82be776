using System.Collections;

namespace DsarPlatform.Web.Logging;

/// <summary>A log line's or scope's state with its tokens masked: the message text and the values, names and template kept.</summary>
sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <returns>A masked copy, or null when neither the text nor any value carries a token.</returns>
    public static RedactedState? From<TState>(TState state, string text)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToList() : [];
        var masked = values.Select(p => p.Key == "{OriginalFormat}" ? p
            : new KeyValuePair<string, object?>(p.Key, TokenRedaction.MaskedValues.Contains(p.Key) ? TokenRedaction.Mask : Mask(p.Value))).ToList();
        var maskedText = TokenRedaction.Redact(text);
        var changed = maskedText != text || masked.Where((p, i) => !ReferenceEquals(p.Value, values[i].Value)).Any();
        return changed ? new RedactedState(maskedText, masked) : null;
    }

    /// <summary>Strings, paths and URIs are checked; a value that needs no change is returned as itself.</summary>
    static object? Mask(object? value)
    {
        if (value is null or ValueType) return value;
        var text = value.ToString() ?? "";
        var masked = TokenRedaction.Redact(text);
        return masked == text ? value : masked;
    }

    public KeyValuePair<string, object?> this[int index] => values[index];

    public int Count => values.Count;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;
}
