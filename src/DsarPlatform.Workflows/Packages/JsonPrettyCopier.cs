using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Copies a JSON file token by token into an indented one, so the person's copy is readable in a text
/// editor without the file ever being loaded whole. Letters outside ASCII stay as written (a person
/// named Chloé should read "Chloé", not "Chlo\u00E9"); HTML-significant characters stay escaped.
/// </summary>
internal sealed class JsonPrettyCopier : IJsonTokenHandler, IDisposable
{
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    readonly Stream _destination;
    readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    readonly Utf8JsonWriter _writer;
    byte[] _scratch = new byte[256];

    public JsonPrettyCopier(Stream destination)
    {
        _destination = destination;
        _writer = new Utf8JsonWriter(_output, Options);
    }

    public void OnToken(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject: _writer.WriteStartObject(); break;
            case JsonTokenType.EndObject: _writer.WriteEndObject(); break;
            case JsonTokenType.StartArray: _writer.WriteStartArray(); break;
            case JsonTokenType.EndArray: _writer.WriteEndArray(); break;
            case JsonTokenType.PropertyName: _writer.WritePropertyName(Unescaped(ref reader)); break;
            case JsonTokenType.String: _writer.WriteStringValue(Unescaped(ref reader)); break;
            case JsonTokenType.Number: _writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
            case JsonTokenType.True: _writer.WriteBooleanValue(true); break;
            case JsonTokenType.False: _writer.WriteBooleanValue(false); break;
            case JsonTokenType.Null: _writer.WriteNullValue(); break;
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        if (_output.WrittenCount == 0) return;
        await _destination.WriteAsync(_output.WrittenMemory, cancellationToken);
        _output.ResetWrittenCount();
    }

    public void Dispose() => _writer.Dispose();

    // The writer escapes what it is given, so escaped input must be decoded first or it would be escaped twice.
    ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (_scratch.Length < reader.ValueSpan.Length) _scratch = new byte[reader.ValueSpan.Length];
        return _scratch.AsSpan(0, reader.CopyString(_scratch));
    }
}
