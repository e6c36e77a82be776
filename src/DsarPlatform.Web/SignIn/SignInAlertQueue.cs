using System.Threading.Channels;

namespace DsarPlatform.Web.SignIn;

/// <summary>Accounts under attack whose holder should hear of it; <see cref="SignInAlertSender"/> writes the emails.</summary>
public sealed class SignInAlertQueue
{
    readonly Channel<string> _userIds = Channel.CreateBounded<string>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(string userId) => _userIds.Writer.TryWrite(userId);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken ct) => _userIds.Reader.ReadAllAsync(ct);
}
