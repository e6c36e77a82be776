using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Security;

/// <summary>A failure deep inside answers a plain 500, never a stack trace or the data being processed.</summary>
public sealed class ErrorHandlingTests
{
    DsarApp _app = null!;
    WebApplicationFactory<Program> _failing = null!;
    HttpClient _client = null!;

    [SetUp]
    public void StartApp()
    {
        _app = new DsarApp();
        _failing = _app.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.ConfigureDbContext<DsarDbContext>(o => o.AddInterceptors(new FailingIntake()))));
        _client = _failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [TearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _failing.DisposeAsync();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test, CancelAfter(30_000)]
    public async Task An_api_failure_is_a_500_problem_without_internals()
    {
        var response = await _client.PostAsJsonAsync("/api/requests", new { type = "deletion", email = "alice@example.com", fullName = "Alice Example" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain("\"status\":500").And.Not.Contain("alice").And.Not.Contain(nameof(FailingIntake)).And.Not.Contain("   at "));
        Assert.That(response.Headers.Contains("Content-Security-Policy"), "headers survive the exception handler");
    }

    [Test, CancelAfter(30_000)]
    public async Task A_form_failure_is_a_500_page_without_internals()
    {
        var fields = DeletionForm.Alice();
        var response = await DeletionForm.PostAsync(_client, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(body, Does.Contain("Something went wrong on our side").And.Not.Contain("alice").And.Not.Contain("   at "));
    }

    [Test, CancelAfter(30_000)]
    public async Task The_antiforgery_cookie_is_http_only_and_same_site()
    {
        var response = await _client.GetAsync("/requests/delete");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("httponly").And.Contain("samesite=strict"));
    }

    /// <summary>Fails the save of a new request, quoting the email typed, as a careless exception would.</summary>
    sealed class FailingIntake : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<DsarRequest>().FirstOrDefault(e => e.State == EntityState.Added) is { } added
                ? throw new InvalidOperationException($"intake failed for {added.Entity.SubmittedEmail}")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
