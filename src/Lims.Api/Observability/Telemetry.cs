using Lims.Application.Common;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Lims.Api.Observability;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set (the exporter reads the other <c>OTEL_*</c> variables itself); off otherwise, so nothing is
/// collected for no one. Traces: ASP.NET Core requests, outgoing HTTP, PostgreSQL commands (Npgsql).
/// Metrics: the same three, the .NET runtime, and the laboratory's own counters (<see cref="LimsMetrics"/>).
/// </summary>
public static class Telemetry
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddLimsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointSetting]))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Lims"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(LimsMetrics.MeterName))
            .UseOtlpExporter();
        return services;
    }
}
