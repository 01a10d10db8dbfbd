using Alliance.Wiki.Cli;
using Alliance.Wiki.Hosting;

var builder = WebApplication.CreateBuilder(OperatorVerbs.WebArguments(args));
builder.AddWiki();
var app = builder.Build();
if (OperatorVerbs.IsVerb(args))
{
    return await OperatorVerbs.RunAsync(app.Services, args);
}

app.UseWiki();
await app.RunAsync();
return 0;

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
