using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Verification;

/// <summary>Issues the fresh, single-use status link each email to the requester carries.</summary>
public sealed class StatusLinks(DsarDbContext db, IOptions<StatusLinkOptions> options)
{
    /// <returns>The raw token for the email, or null when the request has nobody on record to write to.</returns>
    public string? IssueFor(DsarRequest request, DateTime nowUtc) =>
        request.RecordEmail is null ? null : Issue(request.Id, nowUtc);

    public string Issue(Guid requestId, DateTime nowUtc) =>
        RequesterTokens.Issue(db, requestId, TokenPurpose.Status, nowUtc, options.Value.LinkLifetime);
}
