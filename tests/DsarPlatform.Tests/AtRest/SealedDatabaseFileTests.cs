using System.Net;
using System.Net.Http.Json;
using System.Text;
using DsarPlatform.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.Tests.AtRest;

/// <summary>A copy of the platform's SQLite file alone reveals none of the personal values a request brought in.</summary>
public sealed class SealedDatabaseFileTests
{
    [Test, CancelAfter(90_000)]
    public async Task After_a_request_with_a_question_and_answer_the_platform_database_file_holds_no_personal_value_in_clear()
    {
        await using var app = new DsarApp();
        try
        {
            const string email = "bob@example.com", name = "Bob Example", phone = "+1 555 555 0147";
            const string question = "Which shipping town did you use?", answer = "Quillhaven-by-the-Sea";
            var agent = new DsarApi(app.CreateClient());
            var reference = await agent.SubmitAsync(new
            {
                type = "deletion", accountId = "bob.demo", email, fullName = name, dataPoints = new Dictionary<string, string> { ["phone"] = phone },
            });
            await agent.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
            await app.WaitForFirstStepsAsync();
            var ask = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information", new { message = question });
            Assert.That(ask.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var mail = (await agent.WaitForMailAsync(m => m.Subject.Contains("more information"), "the question")).Single();
            var requester = new DsarApi(app.CreateClient());
            await requester.OpenStatusAsync(DsarApi.StatusLink(mail));
            Assert.That(await requester.SubmitFormAsync("/status", new() { ["Answer"] = answer }, handler: "Answer"), Does.Contain("we have your answer"));

            // The code still reads the plain values through the sealing converter, and finds the request by its email.
            var reasons = (await agent.RequestAsync(reference)).Reasons;
            Assert.That((reasons.Question, reasons.Answer), Is.EqualTo((question, answer)));
            var found = await agent.Client.GetStringAsync($"/api/requests?q={Uri.EscapeDataString(email.ToUpperInvariant())}");
            Assert.That(found, Does.Contain(reference));
            await app.DisposeAsync();

            var file = Path.Combine(app.DataFolder, "dsar.db");
            Checkpoint(file);
            var bytes = File.ReadAllBytes(file);
            foreach (var value in new[] { email, name, phone, question, answer })
            {
                Assert.That(Contains(bytes, Encoding.UTF8.GetBytes(value)), Is.False, $"{value} in clear (UTF-8) in dsar.db");
                Assert.That(Contains(bytes, Encoding.Unicode.GetBytes(value)), Is.False, $"{value} in clear (UTF-16) in dsar.db");
            }
            Assert.That(Contains(bytes, Encoding.UTF8.GetBytes(reference)), Is.True, "the reference stays clear: the check reads the right file");
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    static void Checkpoint(string file)
    {
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
