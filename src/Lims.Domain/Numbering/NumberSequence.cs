namespace Lims.Domain.Numbering;

/// <summary>
/// The last number issued for one laboratory, kind and year. Drawn inside the transaction that
/// uses it, so a rollback gives the number back and no gap appears (rule 1).
/// </summary>
public sealed class NumberSequence
{
    private NumberSequence()
    {
        LaboratoryCode = string.Empty;
    }

    public NumberSequence(string laboratoryCode, NumberKind kind, int year)
    {
        LaboratoryCode = laboratoryCode;
        Kind = kind;
        Year = year;
    }

    public string LaboratoryCode { get; private set; }

    public NumberKind Kind { get; private set; }

    public int Year { get; private set; }

    public long LastValue { get; private set; }
}
