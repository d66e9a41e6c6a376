namespace Lims.Infrastructure.Certificates;

internal enum TextAlign
{
    Left,
    Center,
    Right,
}
