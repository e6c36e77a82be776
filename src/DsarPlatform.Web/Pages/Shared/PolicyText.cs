using System.Xml;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Web.Pages.Shared;

/// <summary>The promises the pages state, read from the current definitions so the text never drifts from the workflow.</summary>
public sealed class PolicyText(DefinitionCatalog catalog, Workflows.Regimes.RegimeCatalog regimes)
{
    /// <summary>The definitions of the types a requester makes at intake: an appeal's periods are no promise of the forms.</summary>
    IEnumerable<WorkflowDefinition> Requestable =>
        catalog.Current.Where(d => RequestTypes.TryParseRequestable(d.RequestType, out _));

    /// <summary>"30 days", "1 month", … for the request type.</summary>
    public string ResponsePeriod(RequestType type) =>
        catalog.CurrentFor(type.Key()) is { } definition ? CalendarPeriod.Parse(definition.PolicyFor(null).ResponsePeriod).ToString() : "the time the law allows";

    /// <summary>
    /// The regimes whose period for the type differs from the company's promise: "45 days for California (CCPA)"; empty
    /// when none differs. Pages without a request state the company's promise and may add these.
    /// </summary>
    public IReadOnlyList<string> RegimePeriods(RequestType type)
    {
        if (catalog.CurrentFor(type.Key()) is not { } definition || !regimes.IsLoaded) return [];
        var company = CalendarPeriod.Parse(definition.PolicyFor(null).ResponsePeriod).ToString();
        return regimes.All.Where(r => r.Offers(type.Key()))
            .Select(r => (r.Name, Period: CalendarPeriod.Parse(definition.PolicyFor(r.Id).ResponsePeriod).ToString()))
            .Where(r => r.Period != company).Select(r => $"{r.Period} for {r.Name}").ToList();
    }

    /// <summary>The promise for every type at once: the longest period among the definitions, so it holds for each.</summary>
    public string ResponsePeriod()
    {
        var periods = Requestable.Select(d => CalendarPeriod.Parse(d.PolicyFor(null).ResponsePeriod)).ToList();
        return periods.Count == 0 ? "the time the law allows" : periods.MaxBy(p => p.AddTo(DateOnly.MinValue)).ToString();
    }

    /// <summary>How long a deleted ID may still show in the search directory: the deletion workflow's wait.</summary>
    public string DirectoryDelay()
    {
        var days = catalog.CurrentFor(RequestType.Deletion.Key()) is { } deletion ? RequesterWords.PropagationDays(deletion) : 0;
        return days == 0 ? "a short time" : $"{days} days";
    }

    /// <summary>The identity level the type's definition asks for (level 1, email control, when there is none).</summary>
    public VerificationLevel Level(RequestType type) =>
        catalog.CurrentFor(type.Key()) is { } definition ? (VerificationLevel)definition.PolicyFor(null).VerificationLevel : VerificationLevel.EmailControl;

    /// <summary>"two", "three": how many matching details the form asks for; empty when the email alone suffices.</summary>
    public string DetailsNeeded(RequestType type) => Level(type) switch
    {
        >= VerificationLevel.SignedDeclaration => "three",
        VerificationLevel.MatchedDataPoints => "two",
        _ => "",
    };

    /// <summary>How long a confirmation link works: the shortest among the definitions, as the page cannot tell which applies.</summary>
    public string VerificationLinkLifetime()
    {
        var lifetimes = Requestable.Select(d => XmlConvert.ToTimeSpan(d.PolicyFor(null).VerificationLinkLifetime)).ToList();
        if (lifetimes.Count == 0) return "a limited time";
        var shortest = lifetimes.Min();
        return shortest.TotalHours % 24 == 0 && shortest.TotalDays >= 2 ? $"{shortest.TotalDays:0} days" : $"{Math.Floor(shortest.TotalHours):0} hours";
    }
}
