using Alliance.Wiki.Accounts;
using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Core.Editing;
using Alliance.Wiki.Core.Titles;
using Microsoft.AspNetCore.Authorization;

namespace Alliance.Wiki.Endpoints;

/// <summary>
/// <c>PUT /api/pages/{title}</c> for bots with <c>Authorization: Bearer TOKEN</c>: 200 with the new revision,
/// 409 with both texts on a conflict, 400 for a bad request, 401 without a valid token, 403 without the right.
/// </summary>
public static class BotApi
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder endpoints)
    {
        var policy = new AuthorizationPolicyBuilder(WikiPolicies.ApiTokenScheme).AddRequirements(new EditRights.Requirement()).Build();
        endpoints.MapPut("/api/pages/{**title}", PutAsync).RequireAuthorization(policy).RequireRateLimiting(Protection.RateLimits.Save);
        return endpoints;
    }

    private static async Task<IResult> PutAsync(string? title, BotEdit? edit, HttpContext context, PageEditor editor, CancellationToken cancellationToken)
    {
        if (edit?.Markdown is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing markdown",
                detail: "Send JSON: {\"markdown\": \"...\", \"summary\": \"...\", \"baseRevision\": 123, \"section\": 2}.");
        }

        var user = context.User;
        var result = await editor.SaveAsync(
            new EditRequest(WikiTitle.Normalize(title), edit.Markdown, edit.Section, edit.BaseRevision, edit.Summary ?? string.Empty, edit.Minor,
                user.Identity?.Name ?? "Anonymous", user.IsInRole(WikiRoles.Admin)),
            cancellationToken);
        return result.Status switch
        {
            EditStatus.Saved or EditStatus.Merged or EditStatus.Unchanged => Results.Ok(new
            {
                title = result.Title,
                revision = result.RevisionId,
                status = result.Status.ToString().ToLowerInvariant(),
                url = WikiUrls.Article(result.Title),
            }),
            EditStatus.Conflict => Results.Json(new
            {
                title = result.Title,
                status = "conflict",
                message = result.Message,
                currentRevision = result.Conflict!.CurrentRevisionId,
                current = result.Conflict.CurrentText,
                yours = result.Conflict.YourText,
            }, statusCode: StatusCodes.Status409Conflict),
            EditStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Protected page", detail: result.Message),
            _ => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not saved", detail: result.Message),
        };
    }
}
