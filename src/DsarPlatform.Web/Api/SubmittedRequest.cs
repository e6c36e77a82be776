namespace DsarPlatform.Web.Api;

public sealed record SubmittedRequest(string Reference);
