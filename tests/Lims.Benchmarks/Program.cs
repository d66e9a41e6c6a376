using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Run with <c>dotnet run -c Release --project tests/Lims.Benchmarks -- --filter '*' --job short</c>.</summary>
public partial class Program;
