namespace Lims.Domain.Common;

/// <summary>A record that people refer to by a short, unique, unchanging code.</summary>
public interface IHasCode
{
    string Code { get; }
}
