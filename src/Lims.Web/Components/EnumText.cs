using Lims.Application.Features.Search;
using Lims.Domain.Certificates;
using Lims.Domain.Customers;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.WorkOrders;
using Lims.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Lims.Web.Components;

/// <summary>An enum value as the interface names it: key <c>Type.Value</c> in both resource files.</summary>
public static class EnumText
{
    /// <summary>The enums the interface shows; a test checks each value has both texts.</summary>
    public static readonly Type[] Shown =
    [
        typeof(CustomerCategory), typeof(InstrumentUsage), typeof(InstrumentStatus), typeof(ServiceKind), typeof(SubmissionStatus),
        typeof(WorkOrderStatus), typeof(CertificateKind), typeof(CertificateStatus), typeof(SearchHitKind),
    ];

    public static string Of<T>(this IStringLocalizer<Ui> text, T value)
        where T : struct, Enum => text[$"{typeof(T).Name}.{value}"];
}
