using System.Buffers;
using System.Text;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// RFC 4180 rows (comma, CRLF, quotes doubled) in UTF-8 with a BOM so spreadsheet programs detect the
/// encoding. A cell a spreadsheet would run as a formula gets a leading single quote (CWE-1236): the
/// person's own data must not turn into a link or a calculation when they open their copy.
/// </summary>
internal sealed class CsvRowWriter
{
    static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    char[] _line = new char[1024];
    int _length;

    public CsvRowWriter() => _output.Write(Encoding.UTF8.Preamble);

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        _length = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) Append(',');
            AppendCell(cells[i]);
        }
        Append('\r');
        Append('\n');
        var bytes = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(_length));
        _output.Advance(Encoding.UTF8.GetBytes(_line.AsSpan(0, _length), bytes));
    }

    public async ValueTask FlushToAsync(Stream destination, CancellationToken cancellationToken)
    {
        if (_output.WrittenCount == 0) return;
        await destination.WriteAsync(_output.WrittenMemory, cancellationToken);
        _output.ResetWrittenCount();
    }

    public static bool IsFormulaLike(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    void AppendCell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var guard = IsFormulaLike(value);
        // Guarded cells are quoted too, as OWASP advises, so the quote prefix survives any re-import.
        var quote = guard || value.AsSpan().ContainsAny(NeedsQuoting);
        if (quote) Append('"');
        if (guard) Append('\'');
        foreach (var c in value)
        {
            if (c == '"') Append('"');
            Append(c);
        }
        if (quote) Append('"');
    }

    void Append(char c)
    {
        if (_length == _line.Length) Array.Resize(ref _line, _line.Length * 2);
        _line[_length++] = c;
    }
}
