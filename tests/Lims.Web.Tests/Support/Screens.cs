using Microsoft.Playwright;

namespace Lims.Web.Tests.Support;

/// <summary>Screenshots of the screens, attached to the test that took them (look at them: ui.md).</summary>
public static class Screens
{
    public static async Task SaveAsync(IPage page, string screen, string database)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screens");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{screen}-{database}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, screen);
    }
}
