namespace DsarPlatform.Workflows.Runtime;

/// <summary>One kind of committed output the delivery relay sends (bus messages, emails), a batch per call.</summary>
public interface IDeliveryStep
{
    /// <returns>How many were delivered; zero when nothing waits.</returns>
    Task<int> DeliverPendingAsync(CancellationToken cancellationToken);
}
