namespace DsarPlatform.Workflows.Requests;

/// <summary>How a request reached us; kept on the request (<see cref="DsarRequest.Channel"/>) for the records.</summary>
public static class IntakeChannels
{
    public const string Web = "web";
    public const string Api = "api";
    public const string Phone = "phone";
    public const string Post = "post";
    public const string Email = "email";
    /// <summary>Made by an authorized agent over the Data Rights Protocol (<see cref="Drp.DrpRequest"/> says which).</summary>
    public const string AuthorizedAgent = "authorized-agent";

    /// <summary>The channels an agent records a request from by hand (the manual intake page).</summary>
    public static readonly IReadOnlyList<string> Recorded = [Phone, Post, Email];
}
