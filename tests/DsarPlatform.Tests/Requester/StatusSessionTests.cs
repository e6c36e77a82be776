using DsarPlatform.Web.Status;
using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Requester;

/// <summary>The status session cookie: opaque, one request, short-lived by the application clock, Secure outside Development.</summary>
public sealed class StatusSessionTests
{
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 17, 0, 0, TimeSpan.Zero));
    readonly EphemeralDataProtectionProvider _keys = new();

    [Test]
    public void Outside_development_the_cookie_is_secure_http_only_and_same_site_strict()
    {
        var cookie = SetCookie(Session(Environments.Production), Guid.NewGuid()).ToLowerInvariant();
        Assert.That(cookie, Does.Contain("secure").And.Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/status"));
    }

    [Test]
    public void The_cookie_opens_its_one_request_until_the_session_lifetime_passes()
    {
        var session = Session(Environments.Production);
        var requestId = Guid.NewGuid();
        var cookie = SetCookie(session, requestId);

        Assert.That(session.Read(WithCookie(cookie)), Is.EqualTo(requestId));
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.That(session.Read(WithCookie(cookie)), Is.EqualTo(requestId));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(session.Read(WithCookie(cookie)), Is.Null);
    }

    [Test]
    public void A_forged_or_altered_cookie_opens_nothing()
    {
        var session = Session(Environments.Production);
        var cookie = SetCookie(session, Guid.NewGuid());
        var value = cookie[(cookie.IndexOf('=') + 1)..cookie.IndexOf(';')];

        Assert.That(session.Read(WithCookie($"{StatusSession.CookieName}={value[..^2]}xy")), Is.Null);
        Assert.That(session.Read(WithCookie($"{StatusSession.CookieName}={Guid.NewGuid():N}")), Is.Null);
        var otherKeys = new StatusSession(new EphemeralDataProtectionProvider(), _clock, Options.Create(new StatusLinkOptions()),
            new HostingEnvironment { EnvironmentName = Environments.Production });
        Assert.That(otherKeys.Read(WithCookie(cookie)), Is.Null);
    }

    StatusSession Session(string environment) =>
        new(_keys, _clock, Options.Create(new StatusLinkOptions()), new HostingEnvironment { EnvironmentName = environment });

    static string SetCookie(StatusSession session, Guid requestId)
    {
        var context = new DefaultHttpContext();
        session.Start(context.Response, requestId);
        return context.Response.Headers.SetCookie.ToString();
    }

    static HttpRequest WithCookie(string setCookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = setCookie.Split(';')[0];
        return context.Request;
    }
}
