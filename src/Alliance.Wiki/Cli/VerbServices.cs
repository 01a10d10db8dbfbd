namespace Alliance.Wiki.Cli;

/// <summary>Registers the operators' verbs.</summary>
public static class VerbServices
{
    public static IServiceCollection AddWikiVerbs(this IServiceCollection services)
    {
        services.AddSingleton<IOperatorVerb, ImportVerb>();
        services.AddSingleton<IOperatorVerb, ExportVerb>();
        services.AddSingleton<IOperatorVerb, CreateUserVerb>();
        services.AddSingleton<IOperatorVerb, CreateTokenVerb>();
        services.AddSingleton<IOperatorVerb, BackupVerb>();
        services.AddSingleton<IOperatorVerb, ReindexVerb>();
        services.AddSingleton<IOperatorVerb, CopyDatabaseVerb>();
        return services;
    }
}
