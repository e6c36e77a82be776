namespace DsarPlatform.Web.Api;

public sealed record NoticeView(string Kind, string Key, DateTime RaisedAtUtc);
