namespace DsarPlatform.Stores.Billing;

public enum OrderStatus
{
    Open,
    Completed,
}
