using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Wiki.Pages;

/// <summary>The friendly page behind every error status; it keeps the status code it was given.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Error";

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Message) = code switch
        {
            400 => ("Bad request", "The request could not be understood. Check the address and try again."),
            404 => ("Page not found", "There is nothing at this address."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            413 => ("Too large", "The request is larger than this wiki accepts."),
            429 => ("Too many requests", "Please wait a moment and try again."),
            >= 500 => ("Something went wrong", "The wiki could not answer this request. The error has been logged; please try again."),
            _ => ("Error", $"The request ended with status {code}."),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}
