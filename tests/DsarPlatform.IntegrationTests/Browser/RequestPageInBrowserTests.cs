using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// An agent works requests from the request page (/staff/requests/{reference}) in the browser: a correction with a question
/// the requester answers on the status page, a failed billing task retried, an extension. axe checks every state shown.
/// </summary>
[TestFixture]
public sealed class RequestPageInBrowserTests : BrowserTest
{
    [Test]
    public async Task An_agent_asks_a_question_reads_the_answer_decides_both_fields_and_the_reply_goes_out()
    {
        var alice = DemoRequester.Alice;
        var reference = await CorrectionAsync(alice, "Oakland", "Queen Alice");
        await using var agent = await StaffConsole.SignInAsync(Site);
        // The agent finds it in the queue under "needs action" (waiting for their decisions) and opens it from there.
        await agent.Page.GetByLabel("Needs action").CheckAsync();
        await agent.Page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await agent.Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(agent.Page.GetByRole(AriaRole.Heading, new() { Name = $"Request {reference}" })).ToBeVisibleAsync();
        await Expect(agent.Page.Locator("main")).ToContainTextAsync("an agent to decide each correction (0 of 2 decided)");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, review waiting");

        await agent.Page.GetByRole(AriaRole.Button, new() { Name = "Ask the requester" }).ClickAsync();
        await Expect(agent.Page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Write what you need from the requester");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, action refused");
        await agent.Page.GetByLabel("Your question").FillAsync("Which street in Oakland do you live on now?");
        await agent.PressAsync("Ask the requester", "Question emailed to the requester");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, question asked");

        var question = await Site.WaitForMailAsync(alice.Email, reference, "more information");
        await OpenStatusFromEmailAsync(question);
        await Page.GetByLabel("Your answer").FillAsync("Broadway");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you, we have your answer");

        await agent.OpenRequestAsync(reference);
        await Expect(agent.Page.Locator("#answer")).ToHaveTextAsync("Broadway");
        await agent.Page.Locator("#decide-city-accept").CheckAsync();
        await agent.Page.Locator("#decide-city-confirm").CheckAsync();
        await agent.PressAsync("Record the decision on City", "Decision on city recorded");
        await agent.Page.Locator("#decide-displayName-refuse").CheckAsync();
        await agent.Page.Locator("#decide-displayName-reason").FillAsync("We cannot show a name that is not yours.");
        await agent.Page.Locator("#decide-displayName-confirm").CheckAsync();
        await agent.PressAsync("Record the decision on Name shown to others", "Decision on displayName recorded");

        var reply = MailText.Text(await Site.WaitForMailAsync(alice.Email, reference, "is done"));
        Assert.That(reply, Does.Contain("City: now \"Oakland\"").And.Contain("We cannot show a name that is not yours."));
        await agent.OpenRequestAsync(reference);
        await Expect(agent.Page.Locator("main")).ToContainTextAsync("correction-reply");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, completed");
    }

    [Test]
    public async Task A_failed_billing_task_is_retried_from_the_request_page()
    {
        var chloe = DemoRequester.Chloe;
        using (var billing = new SqliteConnection($"Data Source={Path.Combine(Site.Web.WorkingDirectory, ".data", "billing.db")}"))
        {
            billing.Open();
            Execute(billing, "CREATE TRIGGER refuse_billing_erase BEFORE UPDATE ON Accounts WHEN OLD.AccountId = 'chloe.demo' BEGIN SELECT RAISE(ABORT, 'billing offline'); END;");
        }
        await Page.GotoAsync("/requests/delete");
        var form = new RequestForm(Page);
        await form.FillIdentityAsync(chloe, withDetails: false);
        var reference = await form.SubmitAsync();
        await ConfirmFromEmailAsync(chloe, reference);

        var api = await Site.AgentAsync();
        for (var failure = 1; failure < 3; failure++)
        {
            await api.WaitForRequestAsync(reference, r => r.Journal.Count(j => j.Event == "TaskFailedWillRetry") == failure, $"billing failure {failure}", TimeSpan.FromSeconds(60));
            if (failure == 1)
            {
                await using var watcher = await StaffConsole.SignInAsync(Site);
                await watcher.OpenRequestAsync(reference);
                await Expect(watcher.Page.Locator("main")).ToContainTextAsync("billing erase: retry 2 of 3 at");
                await AxeCheck.AssertNoViolationsAsync(watcher.Page, "request page, task retry waiting");
            }
            await Site.AdvanceClockAsync(TimeSpan.FromMinutes(5 * Math.Pow(2, failure - 1)) + TimeSpan.FromSeconds(1));
            api = await Site.AgentAsync();
        }
        await api.WaitForRequestAsync(reference, r => r.Status == "Faulted", "the incident", TimeSpan.FromSeconds(90));

        await using var agent = await StaffConsole.SignInAsync(Site);
        await agent.OpenRequestAsync(reference);
        await Expect(agent.Page.Locator(".incident")).ToContainTextAsync("billing could not erase");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, faulted");
        using (var billing = new SqliteConnection($"Data Source={Path.Combine(Site.Web.WorkingDirectory, ".data", "billing.db")}"))
        {
            billing.Open();
            Execute(billing, "DROP TRIGGER refuse_billing_erase;");
        }
        await agent.PressAsync("Retry the billing task", "The task was sent to the store again.");

        var resumed = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the erase to finish", TimeSpan.FromSeconds(60));
        Assert.That(resumed.Journal.Single(j => j.Event == "TaskRetried").Role, Is.EqualTo("Agent"));
        Assert.That(resumed.Incidents.Single().ResolvedAtUtc, Is.Not.Null);
    }

    [Test]
    public async Task An_agent_extends_a_request_from_the_page_and_the_requester_is_emailed_why()
    {
        var alice = DemoRequester.Alice;
        var reference = await CorrectionAsync(alice, "Berkeley", "Alice B");
        await using var agent = await StaffConsole.SignInAsync(Site);
        await agent.OpenRequestAsync(reference);

        await agent.Page.GetByLabel("Days to add").FillAsync("14");
        await agent.Page.GetByLabel("Reason the requester will read").FillAsync("Your records span several of our systems.");
        await agent.Page.Locator("#extend-confirm").CheckAsync();
        await agent.PressAsync("Extend", "Deadline extended");
        await Expect(agent.Page.Locator("#reasons")).ToContainTextAsync("Your records span several of our systems.");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, extended");

        var email = MailText.Text(await Site.WaitForMailAsync(alice.Email, reference, "more time"));
        Assert.That(email, Does.Contain("Your records span several of our systems."));

        // Close it, so no later correction for Alice is joined to it: a coded denial from the page.
        await agent.Page.Locator("#deny-duplicate").CheckAsync();
        await agent.Page.Locator("#deny-confirm").CheckAsync();
        await agent.PressAsync("Deny the request", "Request denied");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, denied");
        Assert.That(MailText.Text(await Site.WaitForMailAsync(alice.Email, reference, "could not carry out")), Does.Contain("This request repeats one"));
    }

    /// <summary>Alice asks to correct her city and her display name, and confirms; returns once an agent's review waits.</summary>
    async Task<string> CorrectionAsync(DemoRequester requester, string city, string displayName)
    {
        await Page.GotoAsync("/requests/correction");
        var form = new RequestForm(Page);
        await form.FillIdentityAsync(requester, withDetails: true);
        await form.FillChangeAsync(0, "City", city, "I moved");
        await form.FillChangeAsync(1, "Name shown to others", displayName, "I prefer it");
        var reference = await form.SubmitAsync();
        await ConfirmFromEmailAsync(requester, reference);
        var api = await Site.AgentAsync();
        await api.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the agent review", TimeSpan.FromSeconds(60));
        return reference;
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
