using Alliance.Wiki.Core.Accounts;
using Alliance.Wiki.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Alliance.Wiki.Accounts;

/// <summary>May this user edit? Editors and admins may; so may anyone when anonymous editing is on.</summary>
public sealed class EditRights(IOptions<WikiOptions> options) : AuthorizationHandler<EditRights.Requirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.AllowAnonymousEdits || context.User.IsInRole(WikiRoles.Editor) || context.User.IsInRole(WikiRoles.Admin))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public sealed class Requirement : IAuthorizationRequirement;
}
