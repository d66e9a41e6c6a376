namespace Lims.Application.Abstractions;

/// <summary>Who is acting: the signed-in user, or <c>system</c> for scheduled work.</summary>
public interface ICurrentUser
{
    string UserName { get; }

    bool IsInRole(string role);
}
