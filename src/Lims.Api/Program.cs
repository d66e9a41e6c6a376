using System.Text.Json.Serialization;
using Hangfire;
using Lims.Api;
using Lims.Api.Auth;
using Lims.Api.Demo;
using Lims.Api.Endpoints;
using Lims.Api.Errors;
using Lims.Api.Health;
using Lims.Api.Observability;
using Lims.Api.OpenApi;
using Lims.Application;
using Lims.Infrastructure;
using Lims.Infrastructure.Jobs;
using Lims.Infrastructure.Persistence;
using Lims.Web;
using Microsoft.AspNetCore.HttpLogging;

// `--demo` is a switch, not a configuration key; Demo:Enabled=true does the same.
var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder([.. args.Where(a => a != "--demo")]);
StartUpChecks.Ensure(builder.Configuration, builder.Environment);
var contentRoot = builder.Environment.ContentRootPath;
demo |= builder.Configuration.GetValue<bool>("Demo:Enabled");

builder.Services.AddLimsApplication();
builder.Services.AddLimsInfrastructure(builder.Configuration, contentRoot);
builder.Services.AddLimsAuth(builder.Configuration, builder.Environment);
builder.Services.AddLimsProblems();
builder.Services.AddLimsWeb();
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.Services.AddLimsProxy(builder.Configuration);
builder.Services.AddLimsTelemetry(builder.Configuration);

// One line per request with method, path, status and duration, never the query string: a
// certificate's ?code= and search terms stay out of the logs.
builder.Services.AddHttpLogging(options =>
{
    options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestProtocol
        | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    options.CombineLogs = true;
});
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue("Hsts:MaxAgeDays", 365)));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<BearerSchemeTransformer>();
    options.AddDocumentTransformer<PublicServerTransformer>();
    options.AddOperationTransformer<RolesAndProblemsTransformer>();
});

if (demo)
{
    var demoClock = new DemoClock();
    builder.Services.AddSingleton(demoClock);
    builder.Services.AddSingleton<TimeProvider>(demoClock);
    builder.Services.AddTransient<DemoSeeder>();
    builder.Services.AddHostedService<DemoSeeding>();
}

var jobs = builder.Configuration.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    scope.ServiceProvider.GetRequiredService<LimsJobs>().RegisterRecurring();
}

if (ProxySetup.IsConfigured(app.Configuration))
{
    app.UseForwardedHeaders();
}

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseHttpLogging();
app.UseExceptionHandler();
// Programs get problem details for a bare status code; people get the interface's page.
app.UseWhen(http => WebSetup.IsMachineFacing(http.Request.Path), branch => branch.UseStatusCodePages());
app.UseWhen(http => !WebSetup.IsMachineFacing(http.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseLimsSecurityHeaders();
app.UseLimsWebLocalization();
app.UseRequestLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UsePasswordChangeGate();
app.UseAntiforgery();
app.UseRateLimiter();

app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
if (jobs.ServesHttp)
{
    app.MapLimsApiReference(ApiReference.AccessOf(app.Configuration, app.Environment));
    app.MapHangfireDashboard(JobsSetup.DashboardPath, new DashboardOptions
    {
        Authorization = [new AdminDashboardAuthorizationFilter()],
        DashboardTitle = "Lims jobs",
        AppPath = null,
    });

    var api = app.MapGroup("/api").RequireAuthorization();
    api.MapAuth();
    api.MapUsers();
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
    api.MapImports();
    api.MapSearch();
    api.MapIntake();
    api.MapWorkOrders();
    api.MapCertificates();
    api.MapPublicCertificates();
    api.MapRecall();
    api.MapReports();
    api.MapPublicAnnouncements();

    app.MapStaticAssets();
    app.MapLimsWeb();
}

await app.RunAsync();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
