namespace DsarPlatform.Contracts;

/// <summary>The actions a workflow asks of a store, as named in definitions and results.</summary>
public static class StoreActions
{
    public const string Export = "Export";
    public const string Rectify = "Rectify";
    public const string Erase = "Erase";
    public const string CheckListing = "CheckListing";
    public const string Identify = "Identify";
    public const string ReadFields = "ReadFields";
    public const string ListDisclosures = "ListDisclosures";
}
