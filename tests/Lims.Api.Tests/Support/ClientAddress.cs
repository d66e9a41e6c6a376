using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Lims.Api.Tests.Support;

/// <summary>
/// Requests through the test server come from no address; this handler names one, and the
/// factory's start-up filter makes it the connection's remote address, as a real client's would be.
/// </summary>
public sealed class ClientAddress(string address) : DelegatingHandler
{
    private const string Header = "X-Test-Client-Address";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add(Header, address);
        return base.SendAsync(request, cancellationToken);
    }

    internal sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var ip))
                {
                    http.Connection.RemoteIpAddress = ip;
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
