namespace Lims.Benchmarks.CertificatesBaseline;

/// <summary>A column of a <see cref="Table"/>: bilingual header, relative width, alignment of its cells.</summary>
internal readonly record struct TableColumn(BilingualLabel Header, double Weight, TextAlign Align = TextAlign.Center);
