using System.Security.Cryptography;
using System.Text;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// Issues and checks 6-digit codes for a request. A million possible codes is a small space, so the
/// guarding is in the limits: 10 minutes, one use, five wrong tries, and a slow salted hash so a copy
/// of the table does not give the live codes away.
/// </summary>
public sealed class OneTimeCodes(DsarDbContext db, TimeProvider clock, IOptions<OneTimeCodeOptions> options)
{
    const int Iterations = 20_000;
    const int HashBytes = 32;

    /// <summary>
    /// Adds a new code for the request to the context and returns it in clear, to be sent to the contact on
    /// record. The caller's unit of work saves it (as activities do); earlier live codes of the request stop working.
    /// </summary>
    public async Task<string> IssueAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.OneTimeCodes.Where(c => c.RequestId == requestId && c.UsedAtUtc == null).ToListAsync(cancellationToken);
        // Retiring the old codes stops "ask for a new code" from multiplying an attacker's five tries.
        foreach (var old in live) old.UsedAtUtc = now;

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        db.OneTimeCodes.Add(new OneTimeCode
        {
            RequestId = requestId, Salt = salt, CodeHash = Hash(code, salt),
            CreatedAtUtc = now, ExpiresAtUtc = now + options.Value.Lifetime,
        });
        return code;
    }

    /// <summary>Checks a code typed by the requester and saves the outcome (a use or a wrong try).</summary>
    public async Task<OneTimeCodeResult> CheckAsync(Guid requestId, string? code, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.OneTimeCodes
            .Where(c => c.RequestId == requestId && c.UsedAtUtc == null)
            .OrderByDescending(c => c.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null || now >= stored.ExpiresAtUtc) return OneTimeCodeResult.Unusable;
        if (stored.FailedAttempts >= options.Value.MaxFailedAttempts) return OneTimeCodeResult.Locked;

        var candidate = Normalise(code);
        var matches = candidate is not null && CryptographicOperations.FixedTimeEquals(Hash(candidate, stored.Salt), stored.CodeHash);
        OneTimeCodeResult result;
        if (matches)
        {
            stored.UsedAtUtc = now;
            result = OneTimeCodeResult.Accepted;
        }
        else
        {
            stored.FailedAttempts++;
            result = stored.FailedAttempts >= options.Value.MaxFailedAttempts ? OneTimeCodeResult.Locked : OneTimeCodeResult.Rejected;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another check changed the row first; this one proves nothing and costs a try from the attacker's view.
            db.ChangeTracker.Clear();
            return OneTimeCodeResult.Rejected;
        }
        return result;
    }

    /// <summary>People type "123 456" or "123-456"; anything but 6 digits after that is simply wrong.</summary>
    static string? Normalise(string? code)
    {
        if (code is null || code.Length > 20) return null;
        var digits = new string(code.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    static byte[] Hash(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
