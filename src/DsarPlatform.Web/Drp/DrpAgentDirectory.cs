using System.Security.Claims;
using System.Text.RegularExpressions;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// The agents we accept DRP requests from: added and edited by administrators (each change journaled as a staff
/// change, so it joins the audit chain), or seeded from <c>Drp:Agents</c> when absent.
/// </summary>
public sealed partial class DrpAgentDirectory(DsarDbContext db, TimeProvider clock)
{
    /// <returns>Null when saved; else what is wrong, for the administrator.</returns>
    public async Task<string?> AddAsync(ClaimsPrincipal actor, DrpAgentEntry entry, CancellationToken cancellationToken)
    {
        if (Problem(entry) is { } problem) return problem;
        var id = entry.AgentId!.Trim();
        if (await db.DrpAgents.AnyAsync(a => a.AgentId == id, cancellationToken)) return $"An agent with the id {id} exists already: edit it instead.";
        var now = clock.GetUtcNow().UtcDateTime;
        var agent = new DrpAgent { AgentId = id, Name = "", VerifyKey = "", CreatedAtUtc = now };
        Apply(agent, entry, now);
        db.DrpAgents.Add(agent);
        Journal(actor, StaffChangeEvent.DrpAgentAdded, id, now, entry.Enabled ? "enabled" : "disabled");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> EditAsync(ClaimsPrincipal actor, DrpAgentEntry entry, CancellationToken cancellationToken)
    {
        if (Problem(entry) is { } problem) return problem;
        var agent = await db.DrpAgents.SingleOrDefaultAsync(a => a.AgentId == entry.AgentId!.Trim(), cancellationToken);
        if (agent is null) return "There is no such agent.";
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = Changes(agent, entry);
        if (changed.Count == 0) return null;
        Apply(agent, entry, now);
        // A new key means a new identity: the token set up under the old one stops working.
        if (changed.Contains("verify key")) agent.TokenHash = null;
        Journal(actor, StaffChangeEvent.DrpAgentChanged, agent.AgentId, now, string.Join(", ", changed));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds the configured agents that are not in the directory yet; a configured entry that is invalid stops the start.</summary>
    public async Task SeedAsync(IReadOnlyList<DrpAgentSetting> agents, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < agents.Count; i++)
        {
            var setting = agents[i];
            var entry = new DrpAgentEntry(setting.Id, setting.Name, setting.VerifyKey, setting.Contact, setting.CallbackHost, true);
            if (Problem(entry) is { } problem) throw new InvalidOperationException($"Drp:Agents:{i}: {problem}");
            if (await db.DrpAgents.AnyAsync(a => a.AgentId == setting.Id.Trim(), cancellationToken)) continue;
            var agent = new DrpAgent { AgentId = setting.Id.Trim(), Name = "", VerifyKey = "", CreatedAtUtc = now };
            Apply(agent, entry, now);
            db.DrpAgents.Add(agent);
            db.StaffChanges.Add(new StaffChange { AtUtc = now, Event = StaffChangeEvent.DrpAgentAdded, TargetUserId = DrpRevocation.Actor(agent.AgentId), Detail = "from settings" });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public static string? Problem(DrpAgentEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.AgentId) || !AgentIdPattern().IsMatch(entry.AgentId.Trim()))
            return "An agent id has 1 to 64 letters, digits, dots, dashes or underscores.";
        if (string.IsNullOrWhiteSpace(entry.Name) || entry.Name.Trim().Length > 200) return "Give the agent's name (at most 200 characters).";
        if (!DrpKeys.IsValidVerifyKey(entry.VerifyKey)) return "The verify key must be the base64 of a 32-byte Ed25519 public key.";
        if (entry.Contact is { Length: > 254 }) return "The contact has at most 254 characters.";
        if (!string.IsNullOrWhiteSpace(entry.CallbackHost) &&
            (entry.CallbackHost.Trim().Length > 253 || Uri.CheckHostName(entry.CallbackHost.Trim()) == UriHostNameType.Unknown))
            return "The callback host must be a host name or address, like agent.example.com (no scheme, no path).";
        return null;
    }

    static List<string> Changes(DrpAgent agent, DrpAgentEntry entry)
    {
        var changes = new List<string>();
        if (agent.Name != entry.Name!.Trim()) changes.Add("name");
        if (agent.VerifyKey != entry.VerifyKey!.Trim()) changes.Add("verify key");
        if (agent.Contact != Blank(entry.Contact)) changes.Add("contact");
        if (agent.CallbackHost != Blank(entry.CallbackHost)) changes.Add("callback host");
        if (agent.Enabled != entry.Enabled) changes.Add(entry.Enabled ? "enabled" : "disabled");
        return changes;
    }

    static void Apply(DrpAgent agent, DrpAgentEntry entry, DateTime now)
    {
        agent.Name = entry.Name!.Trim();
        agent.VerifyKey = entry.VerifyKey!.Trim();
        agent.Contact = Blank(entry.Contact);
        agent.CallbackHost = Blank(entry.CallbackHost);
        agent.Enabled = entry.Enabled;
        agent.UpdatedAtUtc = now;
    }

    void Journal(ClaimsPrincipal actor, StaffChangeEvent change, string agentId, DateTime now, string? detail) =>
        db.StaffChanges.Add(new StaffChange
        {
            AtUtc = now, ActorUserId = actor.FindFirstValue(ClaimTypes.NameIdentifier), ActorRole = StaffRoles.Admin,
            Event = change, TargetUserId = DrpRevocation.Actor(agentId), Detail = detail,
        });

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,64}$")]
    private static partial Regex AgentIdPattern();
}
