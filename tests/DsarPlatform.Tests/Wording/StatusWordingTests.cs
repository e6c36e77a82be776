using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Status;
using DsarPlatform.Workflows.Wording;

namespace DsarPlatform.Tests.Wording;

/// <summary>What the status page says while the stores work, during a wait and once done comes from the request type's own template.</summary>
public sealed class StatusWordingTests
{
    List<WorkflowDefinition> _definitions = null!;
    readonly RequestWordings _wordings = new(TemplatesCopy.Shipped);

    [OneTimeSetUp]
    public async Task LoadDefinitions() => _definitions = await ShippedDefinitions.LoadAsync();

    [TestCase(RequestType.Access, "Collecting a copy of your data from our systems", "Done: we emailed you a link to download a copy of your data.")]
    [TestCase(RequestType.Correction, "Correcting your data in our systems", "Done: we emailed you what we corrected, and why we refused anything we did not change.")]
    [TestCase(RequestType.Deletion, "Deleting your data from our systems", "Done: we deleted your data, except what the law requires us to keep; our email lists what we kept and until when.")]
    public void Each_type_names_its_own_store_work_and_outcome(RequestType type, string storeWork, string outcome)
    {
        var definition = _definitions.Single(d => d.RequestType == type.Key());
        var dispatch = definition.Steps.Single(s => s.Activity == "DispatchToStores");
        var wording = _wordings.For(type, definition);
        var request = Request(type);
        var instance = new WorkflowInstance
        {
            DefinitionId = definition.Id, CurrentStep = dispatch.Name, StepIndex = definition.Steps.ToList().IndexOf(dispatch),
            BookmarkKind = BookmarkKind.StoreTasks,
        };
        var started = new JournalEntry { Step = dispatch.Name, Event = "StepStarted", Actor = "system", Role = "system" };

        Assert.That(StatusWording.Stage(request, instance, definition, wording), Is.EqualTo((storeWork, (string?)"our systems to finish")));
        Assert.That(StatusWording.History([started], definition, wording).Single().Text, Is.EqualTo($"{storeWork}."));
        request.Outcome = RequestOutcome.Fulfilled;
        request.ClosedAtUtc = DateTime.UnixEpoch;
        Assert.That(StatusWording.Outcome(request, wording), Is.EqualTo(outcome));
    }

    [Test]
    public void The_deletion_wait_says_until_when_in_the_definitions_time_zone()
    {
        var definition = _definitions.Single(d => d.RequestType == RequestType.Deletion.Key());
        var instance = new WorkflowInstance { DefinitionId = definition.Id, CurrentStep = "directory-propagation", StepIndex = 3, BookmarkKind = BookmarkKind.Timer };

        var (stage, waitingFor) = StatusWording.Stage(Request(RequestType.Deletion), instance, definition,
            _wordings.For(RequestType.Deletion, definition, new DateTime(2026, 11, 17, 3, 0, 0, DateTimeKind.Utc)));

        Assert.That(stage, Is.EqualTo("Waiting for your ID to leave the public search directory"));
        Assert.That(waitingFor, Is.EqualTo("the search directory to drop your ID, until 16 November 2026"), "03:00 UTC is still the 16th in Los Angeles");
    }

    [Test]
    public void A_request_waiting_for_its_link_says_until_when_it_works_and_how_to_get_a_fresh_one()
    {
        var definition = _definitions.Single(d => d.RequestType == RequestType.Access.Key());
        var instance = new WorkflowInstance
        {
            DefinitionId = definition.Id, CurrentStep = "verify-identity", StepIndex = 1, Status = InstanceStatus.Waiting,
            BookmarkKind = BookmarkKind.Signal, BookmarkKey = VerifyIdentityActivity.VerifiedSignal,
        };

        var (stage, waitingFor) = StatusWording.Stage(Request(RequestType.Access), instance, definition,
            _wordings.For(RequestType.Access, definition), new DateTime(2026, 11, 3, 17, 0, 0, DateTimeKind.Utc));

        Assert.That(stage, Is.EqualTo("Waiting for you to confirm the request"));
        Assert.That(waitingFor, Does.Contain("works until 3 November 2026 at 17:00 UTC").And.Contain("make the same request again").And.Contain("fresh link"));
        Assert.That(waitingFor, Does.Not.Contain("press the button in the email we sent"));
    }

    [TestCase(RequestOutcome.NotConfirmed, "not confirmed before the link we emailed expired")]
    [TestCase(RequestOutcome.NoMatchingAccount, "matched no account")]
    public void A_request_that_closed_by_itself_says_why_and_how_to_go_ahead(RequestOutcome outcome, string why)
    {
        var definition = _definitions.Single(d => d.RequestType == RequestType.Deletion.Key());
        var request = Request(RequestType.Deletion);
        request.Outcome = outcome;
        request.ClosedAtUtc = DateTime.UnixEpoch;

        Assert.That(StatusWording.Outcome(request, _wordings.For(RequestType.Deletion, definition)), Does.Contain(why).And.Contain("make the request again"));
    }

    static DsarRequest Request(RequestType type) =>
        new() { Reference = "DSR-0000000001", Type = type, Channel = "api", SubmittedEmail = "a@example.com", SubmittedName = "A" };
}
