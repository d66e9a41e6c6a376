namespace Lims.Web.Services;

/// <summary>
/// The page's status region (<c>role="status"</c>, in the layout): what an action achieved or why it
/// was refused, read out by a screen reader and found by the browser tests.
/// </summary>
public sealed class Announcer
{
    public event Action? Changed;

    public string? Text { get; private set; }

    public void Say(string text)
    {
        Text = text;
        Changed?.Invoke();
    }
}
