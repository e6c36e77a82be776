using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace DsarPlatform.Tests.Drp;

/// <summary>
/// An authorized agent written from the DRP 1.0 spec: an Ed25519 key (libsodium through NSec), bodies signed in
/// "combined mode" (the 64-byte signature, then the JSON) and sent as base64 <c>text/plain</c>, a bearer token from
/// the pair-wise set-up.
/// </summary>
public sealed class TestAgent : IDisposable
{
    readonly Key _key;

    public TestAgent(string id, HttpClient client, Func<DateTimeOffset> now, string businessId)
        : this(id, client, now, businessId, NewKey())
    {
    }

    TestAgent(string id, HttpClient client, Func<DateTimeOffset> now, string businessId, Key key)
    {
        (Id, Client, Now, BusinessId, _key) = (id, client, now, businessId, key);
    }

    public static Key NewKey() =>
        Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>The same agent (same key) talking through another client and clock.</summary>
    public TestAgent WithClient(HttpClient client, Func<DateTimeOffset> now) => new(Id, client, now, BusinessId, _key);

    public string Id { get; }
    public HttpClient Client { get; }
    public Func<DateTimeOffset> Now { get; }
    public string BusinessId { get; }
    public string? Token { get; set; }
    /// <summary>How long a body stays valid after it is signed, unless a call says otherwise.</summary>
    public TimeSpan Validity { get; init; } = TimeSpan.FromMinutes(10);

    public string VerifyKey => Convert.ToBase64String(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>The envelope every signed body starts with: who, to whom, when, until when.</summary>
    public JsonObject Envelope(TimeSpan? validFor = null, DateTimeOffset? issuedAt = null) => new()
    {
        ["agent-id"] = Id,
        ["business-id"] = BusinessId,
        ["issued-at"] = (issuedAt ?? Now()).ToString("O"),
        ["expires-at"] = ((issuedAt ?? Now()) + (validFor ?? Validity)).ToString("O"),
        ["drp.version"] = "1.0",
    };

    public string Sign(JsonObject message, Key? with = null)
    {
        var json = Encoding.UTF8.GetBytes(message.ToJsonString());
        var signature = SignatureAlgorithm.Ed25519.Sign(with ?? _key, json);
        return Convert.ToBase64String([.. signature, .. json]);
    }

    public Task<HttpResponseMessage> SetUpAsync(string body, string? agentId = null) =>
        Client.PostAsync($"/v1/agent/{agentId ?? Id}", Plain(body));

    /// <summary>Sets up a token and keeps it for the calls after.</summary>
    public async Task<string> SetUpAsync()
    {
        var response = await SetUpAsync(Sign(Envelope()));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if ((int)response.StatusCode != 200) throw new InvalidOperationException($"Set-up answered {(int)response.StatusCode}");
        return Token = answer["token"]!.GetValue<string>();
    }

    /// <summary>An exercise body: the envelope, the right, and schema.org/Person claims (Alice of the demo data by default).</summary>
    public JsonObject Exercise(string exercise, string? callback = null, JsonObject? claims = null)
    {
        var message = Envelope();
        message["exercise"] = exercise;
        message["regime"] = "ccpa";
        message["agent-request-id"] = "agent-" + Guid.NewGuid().ToString("N")[..8];
        if (callback is not null) message["status_callback"] = callback;
        foreach (var (name, value) in claims ?? Alice()) message[name] = value?.DeepClone();
        return message;
    }

    public static JsonObject Alice() => new()
    {
        ["name"] = "Alice Example",
        ["email"] = "alice@example.com",
        ["email_verified"] = true,
        ["phone_number"] = "+15555550101",
        ["address"] = new JsonObject { ["postal_code"] = "94105", ["country"] = "us", ["region"] = "ca" },
    };

    public Task<HttpResponseMessage> SendExerciseAsync(string body) => SendAsync(HttpMethod.Post, "/v1/data-rights-request", body);

    public Task<HttpResponseMessage> StatusAsync(string requestId) => SendAsync(HttpMethod.Get, $"/v1/data-rights-request/{requestId}", null);

    public Task<HttpResponseMessage> RevokeAsync(string requestId, string? reason = "I changed my mind")
    {
        var message = Envelope();
        message["reason"] = reason;
        return SendAsync(HttpMethod.Delete, $"/v1/data-rights-request/{requestId}", Sign(message));
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Plain(body) };
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return Client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    static StringContent Plain(string body) => new(body, Encoding.UTF8, "text/plain");

    public void Dispose() => _key.Dispose();
}
