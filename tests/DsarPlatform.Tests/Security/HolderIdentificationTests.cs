using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Tests.Security;

/// <summary>Which account, if any, a request's details point to when neither account ID nor email matched.</summary>
public sealed class HolderIdentificationTests
{
    static readonly AccountRecord Alice = Record("alice.demo", "Alice Example", "+15555550101", "94105", "US");
    static readonly AccountRecord Chloe = Record("chloe.demo", "Chloé Exemple", "+33155550103", "75001", "FR");

    [Test]
    public void The_full_name_and_one_more_matching_point_identify_the_holder()
    {
        Assert.That(HolderIdentification.Unique([Alice, Chloe], Typed("alice  EXAMPLE", ("phone", "(555) 555-0101"))), Is.SameAs(Alice));
        Assert.That(HolderIdentification.Unique([Alice, Chloe], Typed("Chloe Exemple", ("postalCode", "75 001"))), Is.SameAs(Chloe));
    }

    [Test]
    public void A_name_alone_or_other_points_without_the_name_identify_no_one()
    {
        Assert.That(HolderIdentification.Unique([Alice], Typed("Alice Example")), Is.Null);
        Assert.That(HolderIdentification.Unique([Alice], Typed("Someone Else", ("phone", "+15555550101"), ("postalCode", "94105"))), Is.Null);
    }

    [Test]
    public void A_contradicted_point_identifies_no_one()
    {
        Assert.That(HolderIdentification.Unique([Alice], Typed("Alice Example", ("phone", "+15555550101"), ("postalCode", "10001"))), Is.Null);
    }

    [Test]
    public void Two_accounts_that_fit_equally_identify_no_one()
    {
        var twin = Record("alice.twin", "Alice Example", "+15555550199", "94105", "US");
        Assert.That(HolderIdentification.Unique([Alice, twin], Typed("Alice Example", ("postalCode", "94105"))), Is.Null);
        Assert.That(HolderIdentification.Unique([Alice, twin], Typed("Alice Example", ("phone", "+1 555 555 0199"))), Is.SameAs(twin));
    }

    static AccountRecord Record(string id, string name, string phone, string postalCode, string country) =>
        new(id, $"{id}@example.com", new Dictionary<string, string>
        {
            ["fullName"] = name, ["phone"] = phone, ["postalCode"] = postalCode, ["country"] = country,
        });

    static Dictionary<string, string> Typed(string name, params (string Field, string Value)[] points)
    {
        var typed = points.ToDictionary(p => p.Field, p => p.Value);
        typed["fullName"] = name;
        return typed;
    }
}
