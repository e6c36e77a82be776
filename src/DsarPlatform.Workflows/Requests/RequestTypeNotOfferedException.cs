namespace DsarPlatform.Workflows.Requests;

/// <summary>The regime the requester's residence selects does not offer this request type; the message names where it is offered.</summary>
public sealed class RequestTypeNotOfferedException(string message) : Exception(message);
