namespace DsarPlatform.Contracts;

/// <summary>The reference stores; each name is also the store's queue.</summary>
public static class StoreNames
{
    public const string Billing = "billing";
    public const string Contacts = "contacts";
    public const string ImHistory = "im-history";
    public const string Directory = "directory";

    public static readonly IReadOnlyList<string> All = [Billing, Contacts, ImHistory, Directory];
}
