using System.Security.Cryptography;
using System.Text;
using DsarPlatform.Contracts;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>
/// The keys personal values in the platform database are sealed with (AES-256-GCM, as bus payloads are) and the key
/// of their blind indexes (HMAC-SHA256), all kept outside the database. New values are sealed under the current key;
/// older keys stay to open values written before a rotation. A sealed value names its key:
/// <c>aes1:&lt;key id&gt;:&lt;base64(nonce ‖ tag ‖ ciphertext)&gt;</c>.
/// </summary>
public sealed class AtRestKeys
{
    public const string Prefix = "aes1:";
    readonly Dictionary<string, PayloadSeal> _seals = new(StringComparer.Ordinal);
    readonly PayloadSeal _current;
    readonly byte[] _indexKey;

    public AtRestKeys(byte[] currentKey, IEnumerable<byte[]> olderKeys, byte[] indexKey)
    {
        if (currentKey.Length != 32 || indexKey.Length != 32) throw new ArgumentException("At-rest keys are 32 bytes.");
        CurrentKeyId = IdOf(currentKey);
        _current = new PayloadSeal(currentKey);
        _seals[CurrentKeyId] = _current;
        foreach (var older in olderKeys) _seals.TryAdd(IdOf(older), new PayloadSeal(older));
        _indexKey = indexKey;
        // Models are cached per key set (AtRestModelCacheKeyFactory): the converters hold this instance.
        Fingerprint = string.Join(",", _seals.Keys.Order(StringComparer.Ordinal)) + "/" + CurrentKeyId + "/" + IdOf(indexKey);
    }

    /// <summary>Fresh random keys, for tools and tests that start from an empty database.</summary>
    public static AtRestKeys Random() => new(RandomNumberGenerator.GetBytes(32), [], RandomNumberGenerator.GetBytes(32));

    public string CurrentKeyId { get; }
    public string Fingerprint { get; }

    /// <summary>What every value sealed under the current key starts with.</summary>
    public string CurrentPrefix => Prefix + CurrentKeyId + ":";

    /// <summary>Sealed with a fresh nonce, so two seals of one value differ and SQL cannot compare them.</summary>
    public string Seal(string plaintext) => CurrentPrefix + _current.Seal(plaintext);

    /// <summary>
    /// The plaintext of a sealed value; a value without the prefix is a clear value written before sealing
    /// existed and is returned as it is (<see cref="AtRestReseal"/> seals those at start).
    /// </summary>
    /// <exception cref="CryptographicException">Sealed under a key this ring does not hold, or altered.</exception>
    public string Open(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) return stored;
        var separator = stored.IndexOf(':', Prefix.Length);
        if (separator < 0) throw new CryptographicException("A sealed value has no key id.");
        var keyId = stored[Prefix.Length..separator];
        return _seals.TryGetValue(keyId, out var seal)
            ? seal.Open(stored[(separator + 1)..])
            : throw new CryptographicException($"A value is sealed under key {keyId}, which is not configured (see AtRest:OldKeys).");
    }

    /// <summary>
    /// The blind index of a value: HMAC-SHA256 under the index key of the value trimmed and lower-cased, so an exact
    /// (case-insensitive) search can find a row without the value being stored in clear.
    /// </summary>
    public string Index(string value) =>
        Convert.ToHexString(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(value.Trim().ToLowerInvariant())));

    static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];
}
