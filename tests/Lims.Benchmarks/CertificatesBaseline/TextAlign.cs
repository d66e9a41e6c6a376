namespace Lims.Benchmarks.CertificatesBaseline;

internal enum TextAlign
{
    Left,
    Center,
    Right,
}
