using System.Text.Json.Serialization;
using Lims.Api;
using Lims.Api.Auth;
using Lims.Api.Endpoints;
using Lims.Api.Errors;
using Lims.Api.Health;
using Lims.Api.OpenApi;
using Lims.Application;
using Lims.Infrastructure;
using Lims.Infrastructure.Persistence;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var contentRoot = builder.Environment.ContentRootPath;

builder.Services.AddLimsApplication();
builder.Services.AddLimsInfrastructure(builder.Configuration, contentRoot);
builder.Services.AddLimsAuth(builder.Configuration, contentRoot);
builder.Services.AddLimsProblems();
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<BearerSchemeTransformer>();
    options.AddOperationTransformer<RolesAndProblemsTransformer>();
});

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseLimsSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();

var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ValidationFilter>();
api.MapAuth();
api.MapLaboratories();
api.MapProcedures();
api.MapInstrumentTypes();
api.MapStandards();
api.MapEquipment();
api.MapReferenceStandards();
api.MapTraceability();
api.MapAudit();
api.MapCustomers();
api.MapInstruments();
api.MapSubmissions();
api.MapWorkOrders();
api.MapCertificates();
api.MapPublicCertificates();
api.MapReports();
api.MapPublicAnnouncements();

await app.RunAsync();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
