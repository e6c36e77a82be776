using System.Security.Cryptography;

namespace DsarPlatform.Workflows.Requests;

/// <summary>Short, unguessable, easy to read aloud: DSR- and 10 Crockford base-32 characters (50 bits).</summary>
public static class RequestReference
{
    const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => "DSR-" + RandomNumberGenerator.GetString(Alphabet, 10);
}
