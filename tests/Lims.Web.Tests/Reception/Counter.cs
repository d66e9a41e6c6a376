using Lims.Api.Tests.Support;
using Lims.Web.Tests.Support;

namespace Lims.Web.Tests.Reception;

/// <summary>What a reception test starts from, made through the API: a laboratory, a compulsory scale type (¥50) and a clerk of that laboratory.</summary>
public sealed record Counter(string Laboratory, string ScaleType, string ScaleName, string UserName, string Password)
{
    public static async Task<Counter> ArrangeAsync(WebHost host, Func<string?, string[], Task<(string, string)>> newUser)
    {
        var desk = new ReceptionDesk(host.Admin);
        var lab = await desk.LaboratoryAsync();
        var name = "电子计价秤" + Guid.NewGuid().ToString("N")[..4];
        var type = await desk.InstrumentTypeAsync(name, compulsory: true, fee: 50m);
        var (userName, password) = await newUser(lab, ["Reception"]);
        return new Counter(lab, type, name, userName, password);
    }
}
