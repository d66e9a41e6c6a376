using System.Net.Http.Json;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Walkthrough;

/// <summary>
/// Sends the walkthrough's requests and keeps each request and response, so that
/// docs/walkthrough.md shows exactly what a real run answered (written when
/// LIMS_WRITE_WALKTHROUGH=1; otherwise the steps just run and are checked).
/// </summary>
internal sealed class WalkthroughRecorder
{
    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly StringBuilder _markdown = new();

    public void Section(string title, string text) => _markdown.Append("## ").AppendLine(title).AppendLine().AppendLine(text).AppendLine();

    public async Task<JsonElement> SendAsync(HttpClient client, string who, HttpMethod method, string path, object? body, int expectedStatus, int maxLines = 40)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);
        await Expect.StatusAsync(response, expectedStatus);
        var text = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;

        _markdown.Append("*As ").Append(who).AppendLine(":*").AppendLine().AppendLine("```http").Append(method.Method).Append(' ').AppendLine(path);
        if (body is not null)
        {
            _markdown.AppendLine().AppendLine(JsonSerializer.Serialize(body, Pretty));
        }

        _markdown.AppendLine("```").AppendLine().AppendLine("```").Append((int)response.StatusCode).Append(' ').AppendLine(response.ReasonPhrase);
        if (response.Headers.Location is { } location)
        {
            _markdown.Append("Location: ").AppendLine(location.ToString());
        }

        if (json.ValueKind != JsonValueKind.Undefined)
        {
            _markdown.AppendLine().AppendLine(Shorten(JsonSerializer.Serialize(json, Pretty), maxLines));
        }
        else if (response.Content.Headers.ContentType?.MediaType is { } media)
        {
            _markdown.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {media} ({response.Content.Headers.ContentLength ?? text.Length} bytes)");
        }

        _markdown.AppendLine("```").AppendLine();
        return json;
    }

    public void WriteIfAsked(string header)
    {
        if (Environment.GetEnvironmentVariable("LIMS_WRITE_WALKTHROUGH") == "1")
        {
            File.WriteAllText(Path.Combine(Database.RepositoryRoot.Find(), "docs", "walkthrough.md"), header + _markdown.ToString().TrimEnd() + "\n");
        }
    }

    private static string Shorten(string json, int maxLines)
    {
        var lines = json.Split('\n');
        return lines.Length <= maxLines ? json : string.Join('\n', lines.Take(maxLines)) + $"\n  … ({lines.Length - maxLines} more lines)";
    }
}
