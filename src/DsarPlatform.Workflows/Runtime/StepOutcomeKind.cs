namespace DsarPlatform.Workflows.Runtime;

public enum StepOutcomeKind
{
    Next,
    Wait,
    Complete,
    Fault,
}
