namespace Lims.Application.Abstractions.Certificates;

/// <summary>Checks an uploaded seal image before it is kept: the certificate renderer must be able to print it.</summary>
public interface ISealImages
{
    /// <summary>Null when <paramref name="png"/> is a PNG the renderer can print; otherwise what is wrong with it, in words for the uploader.</summary>
    string? Problem(byte[] png);
}
