using System.Text.Json.Serialization;
using Lims.Api;
using Lims.Api.Auth;
using Lims.Api.Endpoints;
using Lims.Api.Errors;
using Lims.Api.Health;
using Lims.Api.OpenApi;
using Lims.Application;
using Hangfire;
using Lims.Infrastructure;
using Lims.Infrastructure.Jobs;
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

var jobs = builder.Configuration.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    scope.ServiceProvider.GetRequiredService<LimsJobs>().RegisterRecurring();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseLimsSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
if (jobs.ServesHttp)
{
    app.MapOpenApi().AllowAnonymous();
    app.MapScalarApiReference().AllowAnonymous();
    app.MapHangfireDashboard(JobsSetup.DashboardPath, new DashboardOptions
    {
        Authorization = [new AdminDashboardAuthorizationFilter()],
        DashboardTitle = "Lims jobs",
        AppPath = null,
    });

    var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ValidationFilter>();
    api.MapAuth();
    api.MapLaboratories();
    api.MapProcedures();
    api.MapInstrumentTypes();
    api.MapAudit();
    api.MapCustomers();
    api.MapInstruments();
    api.MapSubmissions();
    api.MapWorkOrders();
    api.MapRecall();
}

await app.RunAsync();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
