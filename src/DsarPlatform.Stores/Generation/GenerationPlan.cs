namespace DsarPlatform.Stores.Generation;

/// <summary>
/// What to generate: <see cref="Accounts"/> accounts (the first is <see cref="HeavyUser"/>) with
/// realistic volumes in every store, all derived from <see cref="Seed"/> so a plan always yields the
/// same data relative to <see cref="NowUtc"/>.
/// </summary>
public sealed record GenerationPlan(int Accounts, int HeavyUserMessages, int Seed, DateTime NowUtc)
{
    public const string HeavyUser = "heavy.user";

    public static string AccountId(int index) => index == 0 ? HeavyUser : $"user{index:D6}";
}
