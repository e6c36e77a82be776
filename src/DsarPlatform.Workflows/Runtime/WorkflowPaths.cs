namespace DsarPlatform.Workflows.Runtime;

/// <summary>Folders the runtime shares with the stores and the mail pickup: where exports land and mail is dropped.</summary>
public sealed record WorkflowPaths(string MailPickup, string ExportDrop);
