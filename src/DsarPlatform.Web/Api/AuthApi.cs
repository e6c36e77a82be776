using Microsoft.AspNetCore.Authentication.BearerToken;
using System.Globalization;
using DsarPlatform.Web.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Api;

public static class AuthApi
{
    /// <summary>
    /// <c>POST /api/auth/login</c> {email, password, twoFactorCode?} → {tokenType, accessToken, expiresIn, refreshToken}.
    /// Only sign-in is exposed: staff accounts are never self-registered. Same answers and throttle as the sign-in page.
    /// </summary>
    public static WebApplication MapAuthApi(this WebApplication app)
    {
        app.MapPost("/api/auth/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest login, StaffSignIn staffSignIn, HttpContext context) =>
        {
            var result = await staffSignIn.PasswordAsync(login.Email, login.Password, IdentityConstants.BearerScheme, login.TwoFactorCode);
            switch (result.Outcome)
            {
                case StaffSignInOutcome.SignedIn:
                    return TypedResults.Empty; // the bearer handler has written the token
                case StaffSignInOutcome.SecondStepNeeded:
                    return TypedResults.Problem("This account signs in with two factors: send twoFactorCode, the authenticator app's code, with the password.",
                        statusCode: StatusCodes.Status401Unauthorized);
                case StaffSignInOutcome.Wait:
                    context.Response.Headers.RetryAfter = result.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    return TypedResults.Problem(result.WaitMessage, statusCode: StatusCodes.Status429TooManyRequests);
                default:
                    return TypedResults.Problem(StaffSignInResult.RefusedMessage, statusCode: StatusCodes.Status401Unauthorized);
            }
        }).AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }
}
