namespace DsarPlatform.Workflows.Requests;

public enum RequestOutcome
{
    Fulfilled,
    Denied,
}
