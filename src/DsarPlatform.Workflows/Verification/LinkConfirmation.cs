namespace DsarPlatform.Workflows.Verification;

/// <summary>What pressing the button of a verification link did, and for a request left to an agent the local date we answer by.</summary>
public sealed record LinkConfirmation(LinkConfirmationOutcome Outcome, string? AnswerBy = null)
{
    public static readonly LinkConfirmation Unusable = new(LinkConfirmationOutcome.Unusable);
}
