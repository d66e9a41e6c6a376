namespace Lims.Application.Features.Imports;

/// <summary>The outcome of every row of one file, counted as the rows are taken.</summary>
public sealed class ImportProgress
{
    /// <summary>Problems listed in the report at most; the count of refused rows is always exact.</summary>
    public const int ListedRefusals = 5000;

    private readonly List<RowRefusal> _refused = [];

    public int Accepted { get; private set; }

    public int Unchanged { get; private set; }

    public int RefusedRows { get; private set; }

    public bool Truncated { get; private set; }

    public void Accept() => Accepted++;

    public void KeepUnchanged() => Unchanged++;

    public void Refuse(IEnumerable<RowRefusal> problems)
    {
        RefusedRows++;
        foreach (var problem in problems)
        {
            if (_refused.Count < ListedRefusals)
            {
                _refused.Add(problem);
            }
            else
            {
                Truncated = true;
            }
        }
    }

    public ImportReport Report(string kind, bool dryRun, string format, string? encoding) =>
        new(kind, dryRun, format, encoding, Accepted + Unchanged + RefusedRows, Accepted, Unchanged, RefusedRows, [.. _refused.OrderBy(r => r.Row)], Truncated);
}
