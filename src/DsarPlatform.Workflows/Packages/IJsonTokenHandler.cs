using System.Text.Json;

namespace DsarPlatform.Workflows.Packages;

/// <summary>
/// Receives the tokens of a JSON file one at a time. Handlers only look at the current token (they never
/// call <c>Read</c>), so several passes can share <see cref="JsonTokenPump"/>; output is buffered per chunk
/// and written out in <see cref="FlushAsync"/>, keeping every write to the ZIP asynchronous.
/// </summary>
internal interface IJsonTokenHandler
{
    void OnToken(ref Utf8JsonReader reader);

    ValueTask FlushAsync(CancellationToken cancellationToken);
}
