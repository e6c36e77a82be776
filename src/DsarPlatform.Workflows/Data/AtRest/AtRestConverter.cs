using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DsarPlatform.Workflows.Data.AtRest;

/// <summary>Seals a personal value on its way into the database and opens it on the way out.</summary>
static class AtRestConverter
{
    public static ValueConverter<string, string> For(AtRestKeys? keys) =>
        new(plain => Seal(keys, plain), stored => Open(keys, stored));

    // An empty value reveals nothing and stays empty, so "was it shed?" remains a plain comparison in SQL.
    static string Seal(AtRestKeys? keys, string plain) =>
        plain.Length == 0 ? plain : (keys ?? throw Missing()).Seal(plain);

    static string Open(AtRestKeys? keys, string stored) =>
        !stored.StartsWith(AtRestKeys.Prefix, StringComparison.Ordinal) ? stored : (keys ?? throw Missing()).Open(stored);

    static InvalidOperationException Missing() =>
        new("This DsarDbContext has no at-rest keys, so it can neither seal nor open personal values (construct it with AtRestKeys).");
}
