using System.Net.Http.Headers;
using System.Text;

namespace DsarPlatform.Tests.Security;

/// <summary>One generated body: its text (UTF-8 on the wire) and content type.</summary>
public sealed record GeneratedBody(string ContentType, string Text)
{
    public HttpContent Content()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        return content;
    }
}
