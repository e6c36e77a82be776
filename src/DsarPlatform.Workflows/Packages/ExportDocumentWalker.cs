using System.Text;
using System.Text.Json;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Turns the tokens of an <see cref="DsarPlatform.Contracts.ExportDocument"/> file into events (category,
/// record, field) without building the document. Property names match case-insensitively, as the web
/// serializer defaults do; categories are identified by position, so property order does not matter.
/// </summary>
internal abstract class ExportDocumentWalker : IJsonTokenHandler
{
    // Depths of the tokens in { "categories": [ { "records": [ { "key": "value" } ] } ] }.
    const int DocumentProperty = 1, Category = 2, CategoryProperty = 3, ArrayItem = 4, RecordField = 5;

    string? _documentProperty;
    string? _categoryProperty;
    int _categoryIndex = -1;
    char[] _key = new char[64];
    int _keyLength;

    protected ReadOnlySpan<char> FieldKey => _key.AsSpan(0, _keyLength);

    public void OnToken(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var token = reader.TokenType;
        var inCategories = string.Equals(_documentProperty, "categories", StringComparison.OrdinalIgnoreCase);

        if (token == JsonTokenType.PropertyName)
        {
            if (depth == DocumentProperty) _documentProperty = reader.GetString();
            else if (depth == CategoryProperty && inCategories) _categoryProperty = reader.GetString();
            else if (depth == RecordField && InRecords(inCategories)) CopyKey(ref reader);
            return;
        }

        if (depth == DocumentProperty && IsScalar(token)) OnDocumentValue(_documentProperty!, ScalarText(ref reader));
        else if (!inCategories) return;
        else if (depth == Category && token == JsonTokenType.StartObject) OnCategoryStart(++_categoryIndex);
        else if (depth == Category && token == JsonTokenType.EndObject) OnCategoryEnd(_categoryIndex);
        else if (depth == CategoryProperty && IsScalar(token)) OnCategoryValue(_categoryIndex, _categoryProperty!, ScalarText(ref reader));
        else if (depth == ArrayItem && Is(_categoryProperty, "recipients") && IsScalar(token)) OnRecipient(_categoryIndex, ScalarText(ref reader));
        else if (depth == ArrayItem && InRecords(inCategories) && token == JsonTokenType.StartObject) OnRecordStart(_categoryIndex);
        else if (depth == ArrayItem && InRecords(inCategories) && token == JsonTokenType.EndObject) OnRecordEnd(_categoryIndex);
        else if (depth == RecordField && InRecords(inCategories)) OnRecordField(_categoryIndex, ref reader);
    }

    public virtual ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    protected virtual void OnDocumentValue(string property, string? value) { }
    protected virtual void OnCategoryStart(int category) { }
    protected virtual void OnCategoryValue(int category, string property, string? value) { }
    protected virtual void OnRecipient(int category, string? recipient) { }
    protected virtual void OnRecordStart(int category) { }
    protected virtual void OnRecordField(int category, ref Utf8JsonReader value) { }
    protected virtual void OnRecordEnd(int category) { }
    protected virtual void OnCategoryEnd(int category) { }

    /// <summary>A record value as text: the contract has strings or null; numbers and booleans are kept as written.</summary>
    protected static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => EnsureScalar(reader.TokenType) ? Encoding.UTF8.GetString(reader.ValueSpan) : null,
    };

    // Records are flat by contract, so that every category is also a table: a nested value is a store bug.
    protected static bool EnsureScalar(JsonTokenType token) => token is not (JsonTokenType.StartObject or JsonTokenType.StartArray)
        ? true
        : throw new InvalidDataException("An export record holds a nested value; records must be flat name/value maps.");

    protected static bool Is(string? property, string name) => string.Equals(property, name, StringComparison.OrdinalIgnoreCase);

    bool InRecords(bool inCategories) => inCategories && Is(_categoryProperty, "records");

    static bool IsScalar(JsonTokenType token) => token is not (JsonTokenType.StartObject or JsonTokenType.StartArray
        or JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName);

    // The key is copied because its value can arrive in the next chunk, after the reader's buffer moved on.
    void CopyKey(ref Utf8JsonReader reader)
    {
        if (_key.Length < reader.ValueSpan.Length) _key = new char[reader.ValueSpan.Length];
        _keyLength = reader.CopyString(_key);
    }
}
