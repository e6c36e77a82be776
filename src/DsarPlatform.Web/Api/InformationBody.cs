namespace DsarPlatform.Web.Api;

public sealed record InformationBody(string? Message);
