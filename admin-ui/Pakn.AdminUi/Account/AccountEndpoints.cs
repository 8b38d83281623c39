using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a form post (anti-forgery checked), so a link on another site cannot sign staff out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/dang-xuat", async (HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signIn) =>
        {
            // Without a bound form the endpoint must check the token itself.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("Phiên làm việc không hợp lệ. Vui lòng tải lại trang.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/admin/dang-nhap");
        }).RequireAuthorization().DisableAntiforgery();
        return app;
    }
}
