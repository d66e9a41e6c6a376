using FluentValidation;
using Lims.Application.Features.Audit;
using Lims.Application.Features.Auth;
using Lims.Application.Features.InstrumentTypes;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Procedures;
using Lims.Application.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddLimsApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton);
        services.AddScoped<LaboratoryHandler>();
        services.AddScoped<ProcedureHandler>();
        services.AddScoped<InstrumentTypeHandler>();
        services.AddScoped<AuditHandler>();
        services.AddScoped<UserHandler>();
        services.AddScoped<LoginHandler>();
        return services;
    }
}
