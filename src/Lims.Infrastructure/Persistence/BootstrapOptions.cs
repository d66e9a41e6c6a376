namespace Lims.Infrastructure.Persistence;

/// <summary>Configuration <c>Bootstrap</c>: the first administrator of an empty database.</summary>
public sealed class BootstrapOptions
{
    public string AdminUser { get; set; } = "admin";

    /// <summary>No default: without it an empty database gets no administrator.</summary>
    public string? AdminPassword { get; set; }
}
