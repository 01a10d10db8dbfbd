using Microsoft.AspNetCore.Identity;

namespace Alliance.Wiki.Core.Storage;

/// <summary>An account: an editor, an admin, or a bot acting through an API token.</summary>
public sealed class WikiUser : IdentityUser
{
}
