using FluentValidation;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Common.Idempotency;
using Lims.Application.Common.Numbering;
using Lims.Application.Features.Customers;
using Lims.Application.Features.Instruments;
using Lims.Application.Features.Imports;
using Lims.Application.Features.Intake;
using Lims.Application.Features.WorkOrders;
using Lims.Application.Features.Audit;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Competence;
using Lims.Application.Features.Certificates;
using Lims.Application.Features.InstrumentTypes;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Notifications;
using Lims.Application.Features.Notifications.Texts;
using Lims.Application.Features.Procedures;
using Lims.Application.Features.Reports;
using Lims.Application.Features.ReferenceStandards;
using Lims.Application.Features.Standards;
using Lims.Application.Features.Traceability;
using Lims.Application.Features.Recall;
using Lims.Application.Features.Search;
using Lims.Application.Features.Setup;
using Lims.Application.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddLimsApplication(this IServiceCollection services)
    {
        // Handlers validate through RequestValidation; these are for forms that check a field as it is typed.
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Singleton);
        services.AddScoped<LaboratoryHandler>();
        services.AddScoped<ProcedureHandler>();
        services.AddScoped<InstrumentTypeHandler>();
        services.AddScoped<StandardHandler>();
        services.AddScoped<EquipmentHandler>();
        services.AddScoped<ReferenceStandardHandler>();
        services.AddScoped<TraceabilityHandler>();
        services.AddScoped<TraceabilityAuditHandler>();
        services.AddScoped<ImpactHandler>();
        services.AddScoped<CustomerNoticeHandler>();
        services.AddScoped<AuditHandler>();
        services.AddScoped<UserHandler>();
        services.AddScoped<LoginHandler>();
        services.AddScoped<Sessions>();
        services.AddScoped<PasswordHandler>();
        services.AddScoped<UserClaims>();
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<IdempotentRequests>();
        services.AddScoped<CustomerHandler>();
        services.AddScoped<CustomerRegistration>();
        services.AddScoped<InstrumentHandler>();
        services.AddScoped<InstrumentRegistration>();
        services.AddScoped<SubmissionHandler>();
        services.AddScoped<IntakeDesk>();
        services.AddMetrics();
        services.AddSingleton<LimsMetrics>();
        services.AddSingleton<IntakeQueue>();
        services.AddScoped<IntakeBatchWriter>();
        services.AddSingleton<KnownLaboratories>();
        services.AddScoped<WorkOrderQueries>();
        services.AddScoped<WorkOrderHandler>();
        services.AddScoped<AuthorizationHandler>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<CertificateHandler>();
        services.AddScoped<CertificateChangeHandler>();
        services.AddScoped<IEquipmentRegister, EquipmentRegister>();
        services.AddScoped<ReminderWriter>();
        services.AddScoped<IReminderStep, InstrumentDueStep>();
        services.AddScoped<IReminderStep, EquipmentExpiredStep>();
        services.AddScoped<IReminderStep, EquipmentDueStep>();
        services.AddScoped<IReminderStep, StandardAssessmentDueStep>();
        services.AddScoped<IReminderStep, AuthorizationExpiringStep>();
        services.AddScoped<RecallScanHandler>();
        services.AddScoped<RecallQueries>();
        services.AddScoped<ReminderTexts>();
        services.AddScoped<NotificationQueries>();
        services.AddScoped<NotificationDeliveryHandler>();
        services.AddScoped<KpiReportHandler>();
        services.AddScoped<KpiExport>();
        services.AddScoped<AnnouncementHandler>();
        services.AddScoped<ImportHandler>();
        services.AddScoped<HandlerRow>();
        services.AddScoped<IRowImport, CustomerImport>();
        services.AddScoped<IRowImport, InstrumentImport>();
        services.AddScoped<IRowImport, StandardImport>();
        services.AddScoped<IRowImport, EquipmentImport>();
        services.AddScoped<IRowImport, UserImport>();
        services.AddScoped<FirstRunHandler>();
        services.AddScoped<SearchHandler>();
        return services;
    }
}
