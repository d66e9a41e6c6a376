using Lims.Domain.Common;

namespace Lims.Domain.ReferenceData;

/// <summary>检定规程 / 校准规范, identified by its code, e.g. <c>JJG 539-2016</c>.</summary>
public sealed class Procedure : IVersioned, IHasCode
{
    private Procedure()
    {
        Code = Title = string.Empty;
    }

    public Procedure(string code, string title, ProcedureKind kind)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Title = title;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Title { get; private set; }

    public ProcedureKind Kind { get; private set; }

    public int Version { get; private set; }

    public void Update(string title) => Title = title;
}
