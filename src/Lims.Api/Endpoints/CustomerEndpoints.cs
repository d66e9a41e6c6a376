using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Customers;

namespace Lims.Api.Endpoints;

public static class CustomerEndpoints
{
    public static void MapCustomers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Reception");

        group.MapPost("/", async (CustomerRequest body, CustomerHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, customer.Version);
                return TypedResults.Created($"/api/customers/{customer.Id}", customer);
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Register a customer (送检单位) by its unified social credit code, checked completely (GB 32100-2015); remindersRequested: remind it of its instruments not under compulsory verification too")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", (string? query, [AsParameters] PageRequest page, CustomerHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .WithSummary("Search customers by any part of the name or the credit code");

        group.MapGet("/{id:guid}", async (Guid id, CustomerHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await handler.GetAsync(id, ct);
                IfMatch.SetETag(response, customer.Version);
                return customer;
            })
            .WithSummary("One customer")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (Guid id, CustomerUpdate body, CustomerHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var customer = await handler.UpdateAsync(id, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, customer.Version);
                return customer;
            })
            .RequireRoles(Roles.Reception, Roles.Admin)
            .WithSummary("Change a customer's name, contact, address, district, category or wish for reminders (remindersRequested; left out: unchanged) (send version or If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
