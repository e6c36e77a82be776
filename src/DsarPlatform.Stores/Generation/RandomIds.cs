namespace DsarPlatform.Stores.Generation;

/// <summary>Ids drawn from the generator's seeded random, so the same seed gives the same ids.</summary>
internal static class RandomIds
{
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>
    /// An id whose text starts with <paramref name="sequence"/>: inserted in order, it appends to the
    /// primary-key index instead of splitting pages all over it (matters at a million rows).
    /// </summary>
    public static Guid NextSequentialGuid(this Random random, int sequence)
    {
        Span<byte> tail = stackalloc byte[8];
        random.NextBytes(tail);
        return new Guid(sequence, 0, 0x4000, tail.ToArray());
    }
}
