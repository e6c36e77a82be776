namespace DsarPlatform.Workflows.Requests;

/// <summary>The one list of denial codes; each has its requester-facing text in <c>templates/denials</c>.</summary>
public static class DenialCodes
{
    public const string InsufficientVerification = "insufficient-verification";
    public const string ManifestlyUnfoundedOrExcessive = "manifestly-unfounded-or-excessive";
    public const string LegalExemption = "legal-exemption";
    public const string NotACustomer = "not-a-customer";
    public const string Duplicate = "duplicate";

    public static readonly IReadOnlyList<DenialCode> All =
    [
        new(InsufficientVerification, "Identity could not be verified", "GDPR Art. 12(6) and Art. 11(2)"),
        new(ManifestlyUnfoundedOrExcessive, "Manifestly unfounded or excessive", "GDPR Art. 12(5)(b)"),
        new(LegalExemption, "Legal exemption (name the ground)", "GDPR Art. 23 / national law", NeedsGround: true),
        new(NotACustomer, "Not a customer: we hold no data about the person", "GDPR Art. 15(1): no personal data processed"),
        new(Duplicate, "Duplicate of a request already answered or open", "GDPR Art. 12(5)(b) (repetitive request)"),
    ];

    public static DenialCode? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
