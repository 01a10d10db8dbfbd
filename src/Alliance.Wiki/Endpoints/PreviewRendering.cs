using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Articles;
using Microsoft.AspNetCore.Antiforgery;

namespace Alliance.Wiki.Endpoints;

/// <summary><c>POST /api/render</c>: the live preview of the edit form, rendered by the article pipeline.</summary>
public static class PreviewRendering
{
    public static IEndpointRouteBuilder MapPreviewRendering(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/render", RenderAsync).RequireAuthorization(WikiPolicies.Edit).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IAntiforgery antiforgery, RenderCache renders, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid anti-forgery token");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var text = form["text"].ToString();
        var body = text; // a whole text keeps its front matter, so the preview shows the infobox and timeline
        var rendered = await renders.RenderWithoutEditLinksAsync(body, cancellationToken);
        return Results.Content(rendered.Html, "text/html; charset=utf-8");
    }
}
