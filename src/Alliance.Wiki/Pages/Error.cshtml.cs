using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>
/// The answer behind every error status, for any method: a friendly page, or problem details as JSON for the API.
/// It keeps the status code it was given, and reads nothing but the route: a malformed body cannot break it.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Error";

    public string Message { get; private set; } = string.Empty;

    public IActionResult OnGet() => Respond();

    public IActionResult OnPost() => Respond();

    public IActionResult OnPut() => Respond();

    public IActionResult OnDelete() => Respond();

    public IActionResult OnPatch() => Respond();

    /// <summary>The code comes from the route alone: binding a parameter would read the body, which may be what failed.</summary>
    private IActionResult Respond()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var routeCode) ? routeCode : 0;
        (Heading, Message) = code switch
        {
            400 => ("Bad request", "The request could not be understood. Check the address and try again."),
            401 => ("Sign-in needed", "This needs an account: sign in, or send an API token."),
            403 => ("Not allowed", "Your account may not do this."),
            404 => ("Page not found", "There is nothing at this address."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            413 => ("Too large", "The request is larger than this wiki accepts."),
            414 or 431 => ("Too long", "The address or its headers are longer than this wiki accepts."),
            429 => ("Too many requests", "Please wait a moment and try again."),
            >= 500 => ("Something went wrong", "The wiki could not answer this request. The error has been logged; please try again."),
            _ => ("Error", $"The request ended with status {code}."),
        };
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var status = reExecuted is not null ? Response.StatusCode : code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        if (reExecuted?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = Heading, Detail = Message }) { StatusCode = status, ContentTypes = { "application/problem+json" } };
        }

        Response.StatusCode = status;
        return Page();
    }
}
