using System.Security.Cryptography;
using System.Text;

namespace DsarPlatform.Contracts;

/// <summary>
/// AES-256-GCM for the few message fields that must carry personal data (correction values), so
/// that neither the broker nor an error queue holds them in clear. Both sides share the key
/// (<c>Bus:PayloadKey</c>, base64 of 32 bytes). Format: base64(nonce ‖ tag ‖ ciphertext).
/// </summary>
public sealed class PayloadSeal(byte[] key)
{
    const int NonceSize = 12;
    const int TagSize = 16;

    public string Seal(string plaintext)
    {
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + input.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, input, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">The payload was altered or sealed with another key.</exception>
    public string Open(string sealedText)
    {
        var input = Convert.FromBase64String(sealedText);
        if (input.Length < NonceSize + TagSize) throw new CryptographicException("The sealed payload is too short.");
        var output = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), output);
        return Encoding.UTF8.GetString(output);
    }
}
