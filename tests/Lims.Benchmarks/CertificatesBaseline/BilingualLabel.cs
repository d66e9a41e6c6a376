namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>A Chinese label with its English translation, printed side by side.</summary>
internal readonly record struct BilingualLabel(string Zh, string En)
{
    public override string ToString() => $"{Zh} {En}";
}
