using System.Text.RegularExpressions;
using MimeKit;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>What a person reads in an email: its text, the link it gives, the code it holds.</summary>
public static partial class MailText
{
    public static string Text(MimeMessage message) => message.TextBody ?? "";

    /// <summary>The one link in the text body to <paramref name="baseUrl"/> + <paramref name="path"/> ("/verify/", "/status/", "/download/").</summary>
    public static string Link(MimeMessage message, string baseUrl, string path)
    {
        var links = Links().Matches(Text(message)).Select(m => m.Value).Where(l => l.StartsWith(baseUrl + path, StringComparison.Ordinal)).Distinct().ToList();
        Assert.That(links, Has.Count.EqualTo(1), $"links in '{message.Subject}'");
        return links[0];
    }

    /// <summary>The 6-digit one-time code in the text body.</summary>
    public static string Code(MimeMessage message)
    {
        var code = SixDigits().Match(Text(message));
        Assert.That(code.Success, $"no 6-digit code in '{message.Subject}'");
        return code.Value;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
