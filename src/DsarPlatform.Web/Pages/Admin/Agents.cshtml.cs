using DsarPlatform.Web.Drp;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Pages.Admin;

/// <summary>
/// <c>/admin/agents</c> (admins only, by the folder's policy): the authorized agents we accept Data Rights Protocol
/// requests from, their verify keys, contacts and callback hosts; add, edit, enable or disable; and the history of changes.
/// </summary>
public sealed class AgentsModel(DsarDbContext db, DrpAgentDirectory directory) : PageModel
{
    const int HistoryLength = 100;

    public IReadOnlyList<DrpAgent> Agents { get; private set; } = [];
    public IReadOnlyList<StaffChange> History { get; private set; } = [];
    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The agent being edited; null when the form adds a new one.</summary>
    public string? Editing { get; private set; }

    [BindProperty] public string? AgentId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? VerifyKey { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public string? CallbackHost { get; set; }
    [BindProperty] public bool Enabled { get; set; } = true;

    public async Task OnGetAsync(string? edit, string? done, CancellationToken ct)
    {
        Done = done switch { "added" => "Agent added.", "saved" => "Agent saved.", _ => null };
        await LoadAsync(ct);
        if (edit is not null && Agents.FirstOrDefault(a => a.AgentId == edit) is { } agent)
        {
            Editing = agent.AgentId;
            (AgentId, Name, VerifyKey, Contact, CallbackHost, Enabled) = (agent.AgentId, agent.Name, agent.VerifyKey, agent.Contact, agent.CallbackHost, agent.Enabled);
        }
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => ActAsync(null, "added", directory.AddAsync(User, Entry(), ct), ct);

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => ActAsync(AgentId, "saved", directory.EditAsync(User, Entry(), ct), ct);

    DrpAgentEntry Entry() => new(AgentId, Name, VerifyKey, Contact, CallbackHost, Enabled);

    async Task<IActionResult> ActAsync(string? editing, string done, Task<string?> action, CancellationToken ct)
    {
        if (await action is not { } problem) return RedirectToPage(new { done });
        (Problem, Editing) = (problem, editing);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Agents = await db.DrpAgents.AsNoTracking().OrderBy(a => a.AgentId).ToListAsync(ct);
        History = await db.StaffChanges.AsNoTracking()
            .Where(c => c.Event == StaffChangeEvent.DrpAgentAdded || c.Event == StaffChangeEvent.DrpAgentChanged || c.Event == StaffChangeEvent.DrpTokenIssued)
            .OrderByDescending(c => c.Id).Take(HistoryLength).ToListAsync(ct);
    }
}
