using System.Globalization;
using Lims.LoadTest;

// Prepares a running API for the wrk load test (see run and docs/performance.md):
//   dotnet run -c Release --project tests/Lims.LoadTest -- <api url> <admin password> <output folder> <instruments> <work orders>
if (args.Length != 5)
{
    await Console.Error.WriteLineAsync("usage: Lims.LoadTest <api url> <admin password> <output folder> <instruments> <work orders>");
    return 2;
}

var lab = await LoadLaboratory.PrepareAsync(
    new Uri(args[0]), args[1], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
lab.WriteTo(args[2]);
Console.WriteLine($"prepared {lab.Instruments.Count} instruments to hand in and {lab.WorkOrders.Count} assigned work orders in {args[2]}");
return 0;
