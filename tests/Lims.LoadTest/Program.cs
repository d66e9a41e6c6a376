using System.Globalization;
using Lims.LoadTest;

// Prepares a running API for the wrk load test (see run and docs/performance.md):
//   Lims.LoadTest <api url> <admin password> <output folder> <instruments> <work orders>
// and runs the approval benchmark (see approvals):
//   Lims.LoadTest approvals-prepare <api url> <admin password> <output folder> <work orders>
//   Lims.LoadTest approve <api url> <output folder> <first> <count>     (prints the count and the seconds they took)
return args switch
{
    ["approvals-prepare", var api, var password, var folder, var count] => await PrepareApprovalsAsync(new Uri(api), password, folder, Number(count)),
    ["approve", var api, var folder, var first, var count] => await ApproveAsync(new Uri(api), folder, Number(first), Number(count)),
    [var api, var password, var folder, var instruments, var workOrders] => await PrepareAsync(new Uri(api), password, folder, Number(instruments), Number(workOrders)),
    _ => await UsageAsync(),
};

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static async Task<int> PrepareAsync(Uri api, string password, string folder, int instruments, int workOrders)
{
    var lab = await LoadLaboratory.PrepareAsync(api, password, instruments, workOrders);
    lab.WriteTo(folder);
    Console.WriteLine($"prepared {lab.Instruments.Count} instruments to hand in and {lab.WorkOrders.Count} assigned work orders in {folder}");
    return 0;
}

static async Task<int> PrepareApprovalsAsync(Uri api, string password, string folder, int workOrders)
{
    var (lab, approver) = await LoadLaboratory.PrepareReviewedAsync(api, password, workOrders);
    lab.WriteTo(folder);
    await File.WriteAllTextAsync(Path.Combine(folder, "approver.token"), approver);
    Console.WriteLine($"prepared {lab.WorkOrders.Count} reviewed work orders to approve in {folder}");
    return 0;
}

static async Task<int> ApproveAsync(Uri api, string folder, int first, int count)
{
    var workOrders = (await File.ReadAllLinesAsync(Path.Combine(folder, "work-orders.txt"))).Skip(first).Take(count).Select(Guid.Parse).ToList();
    var seconds = await LoadLaboratory.ApproveAllAsync(api, await File.ReadAllTextAsync(Path.Combine(folder, "approver.token")), workOrders);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workOrders.Count} {seconds:F3}"));
    return 0;
}

static async Task<int> UsageAsync()
{
    await Console.Error.WriteLineAsync("usage: Lims.LoadTest <api url> <admin password> <output folder> <instruments> <work orders>");
    await Console.Error.WriteLineAsync("       Lims.LoadTest approvals-prepare <api url> <admin password> <output folder> <work orders>");
    await Console.Error.WriteLineAsync("       Lims.LoadTest approve <api url> <output folder> <first> <count>");
    return 2;
}
