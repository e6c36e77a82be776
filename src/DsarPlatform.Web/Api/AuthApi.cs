using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Api;

public static class AuthApi
{
    /// <summary>
    /// <c>POST /api/auth/login</c> {email, password} → {tokenType, accessToken, expiresIn, refreshToken}.
    /// Only sign-in is exposed: staff accounts are never self-registered.
    /// </summary>
    public static WebApplication MapAuthApi(this WebApplication app)
    {
        app.MapPost("/api/auth/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest login, SignInManager<StaffUser> signIn) =>
        {
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(login.Email ?? "", login.Password ?? "", isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded
                ? TypedResults.Empty // the bearer handler has written the token
                : TypedResults.Problem(result.IsLockedOut ? "This account is locked; try again later or ask an administrator." : "Wrong email or password.",
                    statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous();
        return app;
    }
}
