using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lims.Api.Tests.Support;

/// <summary>
/// Access tokens live at most 15 minutes, and a fixture's signed-in clients can outlive that on a
/// busy machine. A token a test got by signing in with a password (<see cref="ApiHost.TokenAsync"/>)
/// is remembered with that password; a request that carries it after <see cref="RenewAfter"/> goes
/// with a token from a new sign-in of the same user instead. Tokens made any other way, and users
/// whose password no longer works, are sent as they are.
/// </summary>
public sealed class RenewingBearer : DelegatingHandler
{
    public static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(10);

    private static readonly ConcurrentDictionary<string, SignIn> SignIns = new(StringComparer.Ordinal);

    public RenewingBearer()
    {
    }

    public RenewingBearer(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>Remembers how <paramref name="token"/> was got, so that it can be got again.</summary>
    public static void Remember(string token, string userName, string password) =>
        SignIns[token] = new SignIn(userName, password) { Token = token, At = DateTimeOffset.UtcNow };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } token }
            && SignIns.TryGetValue(token, out var signIn)
            && request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            var current = await signIn.CurrentAsync(uri, base.SendAsync, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private sealed class SignIn(string userName, string password)
    {
        private readonly Lock _gate = new();

        public required string Token { get; set; }

        public required DateTimeOffset At { get; set; }

        public async Task<string> CurrentAsync(Uri uri, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken ct)
        {
            lock (_gate)
            {
                if (DateTimeOffset.UtcNow - At < RenewAfter)
                {
                    return Token;
                }

                // Requests meanwhile keep the old token, still valid for a few minutes.
                At = DateTimeOffset.UtcNow;
            }

            using var login = new HttpRequestMessage(HttpMethod.Post, new Uri(uri, "/api/auth/login"))
            {
                Content = JsonContent.Create(new { userName, password }),
            };
            using var answer = await send(login, ct);

            // A refused sign-in (password changed, user disabled) keeps the old token: the test sees its answer.
            if (!answer.IsSuccessStatusCode)
            {
                return Token;
            }

            var body = await answer.Content.ReadFromJsonAsync<JsonElement>(ct);
            var renewed = body.GetProperty("accessToken").GetString()!;
            lock (_gate)
            {
                Token = renewed;
            }

            return renewed;
        }
    }
}
