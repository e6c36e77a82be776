using System.Text;

namespace DsarPlatform.Tests.Security;

/// <summary>Form bodies a browser, a script or an attacker might send, drawn from a seeded random source so a failure replays.</summary>
public sealed class FormBodyGenerator(Random random, IReadOnlyList<string> fields, string antiforgery)
{
    static readonly string[] OddValues =
    [
        "", " ", "on", "off", "1", "0", "yes", "no", "x", "true", "false", "TRUE", "null", "undefined", "-1", "1e309", "NaN",
        "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --", "=HYPERLINK(\"http://x\")", "\0", "a\r\nb", "%00", "%zz",
        "alice@example.com", " alice@example.com ", "alice.demo", "alice.demo ", "Alice Example", "+1 (555) 555-0101", "94105",
        "US", "1990-01-01", "31/02/1990", "4242", "123456", "123 456", "email", "name", "phone", "Ünïcødé ✓ 𝔘 🙂", "مرحبا",
        "\u202Eevil", "\uFEFF", "\u200B", "ａｌｉｃｅ",
    ];

    public string Path(string template)
    {
        var token = random.Next(6) switch
        {
            0 => "",
            1 => new string('t', random.Next(90, 3000)),
            2 => Uri.EscapeDataString("🙂/../é%"),
            3 => "%2e%2e",
            _ => Convert.ToBase64String(Bytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('='),
        };
        var path = template.Replace("{token}", token.Length == 0 ? "x" : token);
        return random.Next(10) == 0 ? path + (path.Contains('?') ? "&" : "?") + "handler=" + Uri.EscapeDataString(Value()) : path;
    }

    public GeneratedBody Body()
    {
        var pairs = new List<(string Name, string Value)>();
        var antiforgeryRoll = random.Next(20);
        if (antiforgeryRoll > 1) pairs.Add(("__RequestVerificationToken", antiforgery));
        else if (antiforgeryRoll == 1) pairs.Add(("__RequestVerificationToken", Value()));
        var count = random.Next(fields.Count + 4);
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(8) == 0 ? Value() : fields.Count > 0 ? fields[random.Next(fields.Count)] : Value();
            pairs.Add((name, Value()));
            if (random.Next(6) == 0) pairs.Add((name, Value())); // duplicated field
        }
        return random.Next(12) switch
        {
            0 => Raw("multipart/form-data; boundary=fuzz", Multipart(pairs)),
            1 => Raw("application/x-www-form-urlencoded", Broken(Encode(pairs))),
            2 => Raw(random.Next(2) == 0 ? "application/json" : "text/plain", Encode(pairs)),
            _ => Raw("application/x-www-form-urlencoded", Encode(pairs)),
        };
    }

    string Value() => random.Next(10) switch
    {
        0 => new string((char)random.Next(32, 127), random.Next(1000, 70_000)),
        1 => new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray()),
        2 => random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => OddValues[random.Next(OddValues.Length)],
    };

    byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    static string Encode(List<(string Name, string Value)> pairs) =>
        string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Percent signs without hex, stray separators, bytes that are not UTF-8.</summary>
    string Broken(string encoded) => random.Next(4) switch
    {
        0 => encoded + "&%&=%G1&&==",
        1 => encoded.Replace("%", "%%"),
        2 => encoded + "&name=%FF%FE%C0",
        _ => "=&" + encoded + "&=",
    };

    static string Multipart(List<(string Name, string Value)> pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
            text.Append("--fuzz\r\nContent-Disposition: form-data; name=\"").Append(name.Replace("\"", "")).Append("\"\r\n\r\n").Append(value).Append("\r\n");
        return text.Append("--fuzz--\r\n").ToString();
    }

    static GeneratedBody Raw(string contentType, string text) => new(contentType, text);
}
