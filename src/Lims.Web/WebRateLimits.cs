namespace Lims.Web;

/// <summary>The host's rate-limiting policies that pages name (the API's routes use the same).</summary>
public static class WebRateLimits
{
    /// <summary>Sign-in attempts per client address.</summary>
    public const string Login = "login";

    /// <summary>Anonymous public pages and routes per client address.</summary>
    public const string Public = "public";
}
