namespace DsarPlatform.Web.SignIn;

public enum StaffSignInOutcome
{
    /// <summary>Signed in: the session (cookie) or token is written.</summary>
    SignedIn,

    /// <summary>The password was right and the account asks for an authenticator code next.</summary>
    SecondStepNeeded,

    /// <summary>Unknown email, wrong password or code, locked or unusable account: one answer for all.</summary>
    Refused,

    /// <summary>Too many failures for this email or from this address: nothing was checked; try again after the wait.</summary>
    Wait,
}
